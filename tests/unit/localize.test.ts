import { describe, expect, it } from 'vitest';
import { localize, availableLocales } from '../../src/lib/content/localize';

const entries = [
  { id: 'en/xuhui', title: 'Xuhui District' },
  { id: 'en/songjiang', title: 'Songjiang District' },
  { id: 'zh-hans/xuhui', title: '徐汇区' },
  { id: 'zh-hans/orphan', title: 'no English entry' },
];

describe('localize', () => {
  it('uses the translation where it exists', () => {
    const list = localize(entries, 'zh-hans');
    expect(list.find((i) => i.slug === 'xuhui')).toMatchObject({ isFallback: false, entry: { title: '徐汇区' } });
  });

  it('falls back to English, marked as a fallback', () => {
    const list = localize(entries, 'zh-hans');
    expect(list.find((i) => i.slug === 'songjiang')).toMatchObject({ isFallback: true, entry: { title: 'Songjiang District' } });
  });

  it('makes no page for a translation without an English entry', () => {
    expect(localize(entries, 'zh-hans').map((i) => i.slug)).not.toContain('orphan');
  });

  it('returns English entries as they are for English', () => {
    expect(localize(entries, 'en').every((i) => !i.isFallback)).toBe(true);
  });

  it('lists the locales that really have an entry, for hreflang', () => {
    expect(availableLocales(entries, 'xuhui')).toEqual(['en', 'zh-hans']);
    expect(availableLocales(entries, 'songjiang')).toEqual(['en']);
  });
});
