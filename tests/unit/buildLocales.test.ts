import { describe, expect, it } from 'vitest';
import picomatch from 'picomatch';
import { buildLocales, contentPattern, loadedLocales } from '../../src/i18n/buildLocales';
import { localeCodes } from '../../src/i18n/locales';

// Files inside one collection folder, as Astro's glob loader sees them (it matches with picomatch).
const files = localeCodes.map((code) => `${code}/xuhui.mdx`);
const matched = (pattern: string) => files.filter((file) => picomatch.isMatch(file, pattern));

describe('buildLocales', () => {
  it('builds every locale unless told, and the named ones in the locale table’s order', () => {
    expect(buildLocales(undefined)).toEqual(localeCodes);
    expect(buildLocales(' id, TH ')).toEqual(['th', 'id']);
  });

  it('refuses an unknown locale by name', () => {
    expect(() => buildLocales('th,xx')).toThrow(/unknown locale "xx"/);
  });
});

describe('the content a shard loads', () => {
  it('is every locale in a full build', () => {
    expect(matched(contentPattern(localeCodes))).toEqual(files);
  });

  it('is the shard’s locales and English, which every page needs for fallbacks', () => {
    expect(loadedLocales(['th'])).toEqual(['en', 'th']);
    expect(matched(contentPattern(['th']))).toEqual(['en/xuhui.mdx', 'th/xuhui.mdx']);
    expect(matched(contentPattern(['zh-hans', 'id']))).toEqual(['en/xuhui.mdx', 'zh-hans/xuhui.mdx', 'id/xuhui.mdx']);
  });

  it('is English alone for the English shard', () => {
    expect(matched(contentPattern(['en']))).toEqual(['en/xuhui.mdx']);
  });
});
