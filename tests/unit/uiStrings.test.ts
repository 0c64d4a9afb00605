import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { localeCodes } from '../../src/i18n/locales';
import { leafKeys, missingKeys, type StringTree } from '../../src/i18n/uiStrings';
import { useTranslations } from '../../src/i18n';

const uiDir = join(import.meta.dirname, '..', '..', 'src', 'i18n', 'ui');
const read = (code: string): StringTree => JSON.parse(readFileSync(join(uiDir, `${code}.json`), 'utf8')) as StringTree;

describe('UI strings', () => {
  it('has one file per locale and no other', () => {
    expect(readdirSync(uiDir).sort()).toEqual(localeCodes.map((c) => `${c}.json`).sort());
  });

  it.each(localeCodes)('%s has every key of en.json', (code) => {
    expect(missingKeys(read('en'), read(code))).toEqual([]);
  });

  it.each(localeCodes)('%s has no duplicate keys (JSON.parse would silently keep the last)', (code) => {
    // YAML is a superset of JSON and, unlike JSON.parse, rejects duplicate keys.
    expect(() => parse(readFileSync(join(uiDir, `${code}.json`), 'utf8'))).not.toThrow();
  });

  it.each(localeCodes.filter((c) => c !== 'en'))('%s is translated, not English', (code) => {
    const en = read('en');
    // District names are proper names, written in pinyin on Latin-script pages as in English.
    const same = leafKeys(en)
      .filter((key) => !key.startsWith('shanghaiDistricts.'))
      .filter((key) => useTranslations(code)(key as never) === useTranslations('en')(key as never));
    // A few strings may legitimately match (e.g. "NEV"); most must differ.
    expect(same.length).toBeLessThan(leafKeys(en).length * 0.05);
  });

  it('finds missing keys and empty values', () => {
    expect(missingKeys({ a: 'x', b: { c: 'y', d: 'z' } }, { a: 'x', b: { c: '' } })).toEqual(['b.c', 'b.d']);
  });

  it('falls back to English key by key', () => {
    // Every locale resolves every key to a non-empty string.
    for (const code of localeCodes) for (const key of leafKeys(read('en'))) expect(useTranslations(code)(key as never)).not.toBe('');
  });

  it('interpolates counts', () => {
    expect(useTranslations('en')('event.countriesAndRegions', { count: 30 })).toBe('30 countries and regions');
  });
});
