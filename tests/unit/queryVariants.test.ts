import { describe, expect, it } from 'vitest';
import { converterInto, hasHan, queryVariants } from '../../src/lib/search/queryVariants';
import { toSimplified } from '../../src/lib/search/toSimplified';
import { toTraditional } from '../../src/lib/search/toTraditional';

describe('queryVariants', () => {
  it("adds the query converted into the index's script", () => {
    expect(queryVariants('资金', toTraditional)).toEqual(['资金', '資金']);
    expect(queryVariants('優惠', toSimplified)).toEqual(['優惠', '优惠']);
    expect(queryVariants('减税 补贴', toTraditional)).toEqual(['减税 补贴', '減稅 補貼']);
    // Already in the index's script: searched once.
    expect(queryVariants('资金', toSimplified)).toEqual(['资金']);
  });

  it('loads the converter for the script asked for', async () => {
    expect((await converterInto('Hans'))('臺灣資金')).toBe('台湾资金');
    expect((await converterInto('Hant'))('台湾资金')).toBe('臺灣資金');
  });

  it('leaves other scripts and empty queries alone', () => {
    expect(queryVariants(' rent ', toTraditional)).toEqual(['rent']);
    expect(queryVariants('   ', toSimplified)).toEqual([]);
    expect(queryVariants('资金')).toEqual(['资金']);
  });

  it('detects Han characters', () => {
    expect(hasHan('G60 走廊')).toBe(true);
    expect(hasHan('ค่าเช่า rent')).toBe(false);
  });
});
