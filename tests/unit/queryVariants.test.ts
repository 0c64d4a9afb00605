import { describe, expect, it } from 'vitest';
import { hasHan, mergeByUrl, queryVariants } from '../../src/lib/queryVariants';
import { converters } from '../../src/lib/chineseScripts';

describe('queryVariants', () => {
  it('searches Chinese in both scripts', () => {
    expect(queryVariants('资金', converters)).toEqual(['资金', '資金']);
    expect(queryVariants('優惠', converters)).toEqual(['優惠', '优惠']);
    expect(queryVariants('减税 补贴', converters)).toEqual(['减税 补贴', '減稅 補貼']);
  });

  it('leaves other scripts and empty queries alone', () => {
    expect(queryVariants(' rent ', converters)).toEqual(['rent']);
    expect(queryVariants('   ', converters)).toEqual([]);
    expect(queryVariants('资金')).toEqual(['资金']);
  });

  it('detects Han characters', () => {
    expect(hasHan('G60 走廊')).toBe(true);
    expect(hasHan('ค่าเช่า rent')).toBe(false);
  });

  it('merges result lists by URL, best score first', () => {
    expect(
      mergeByUrl([
        [
          { url: '/a/', score: 1 },
          { url: '/b/', score: 5 },
        ],
        [{ url: '/a/', score: 9 }],
      ]),
    ).toEqual([
      { url: '/a/', score: 9 },
      { url: '/b/', score: 5 },
    ]);
  });
});
