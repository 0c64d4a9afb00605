import { describe, expect, it } from 'vitest';
import { changeableCharacters, convertibleBitmap, convertibleTest } from '../../src/lib/search/convertibleHan';
import { intoSimplifiedTables, toSimplified } from '../../src/lib/search/toSimplified';
import { intoTraditionalTables, toTraditional } from '../../src/lib/search/toTraditional';

const converters = [
  { into: 'Simplified', tables: intoSimplifiedTables, convert: toSimplified },
  { into: 'Traditional', tables: intoTraditionalTables, convert: toTraditional },
];

describe.each(converters)('the characters the converter into $into changes', ({ tables, convert }) => {
  const changes = convertibleTest(convertibleBitmap(changeableCharacters(tables)));

  it('include every character of the CJK block it converts; any other it leaves as it is', () => {
    let convertible = 0;
    for (let code = 0x4e00; code <= 0x9fff; code++) {
      const char = String.fromCodePoint(code);
      if (changes(char)) convertible += 1;
      else expect(convert(char), `U+${code.toString(16)}`).toBe(char);
    }
    // Neither empty (which would send every query unconverted) nor the whole block.
    expect(convertible).toBeGreaterThan(1000);
    expect(convertible).toBeLessThan(0x9fff - 0x4e00);
  });

  it('mark every phrase of its tables that it converts', () => {
    for (const table of tables)
      for (const pair of table.split('|')) {
        const phrase = pair.split(' ')[0]!;
        if (convert(phrase) !== phrase) expect(changes(phrase), phrase).toBe(true);
      }
  });

  it('count a Han character outside the block as convertible, and ignore other scripts', () => {
    expect(changes('𠀀')).toBe(true);
    expect(changes('rent ค่าเช่า 2024')).toBe(false);
  });
});

describe('which queries load a converter', () => {
  const intoSimplified = convertibleTest(convertibleBitmap(changeableCharacters(intoSimplifiedTables)));
  const intoTraditional = convertibleTest(convertibleBitmap(changeableCharacters(intoTraditionalTables)));

  it('none for a query written the same in both scripts', () => {
    expect(intoSimplified('租金')).toBe(false);
    expect(intoTraditional('租金')).toBe(false);
  });

  it('only the one into the index script, for a query in the other script', () => {
    expect(intoSimplified('優惠')).toBe(true);
    expect(intoTraditional('優惠')).toBe(false);
    expect(intoTraditional('资金')).toBe(true);
    expect(intoSimplified('资金')).toBe(false);
  });

  it('fits the bitmap in 2,624 bytes, about 2 KB gzip', () => {
    expect(atob(convertibleBitmap(changeableCharacters(intoSimplifiedTables)))).toHaveLength(2624);
  });
});
