import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { locales, localeCodes } from '../../src/i18n/locales';
import { fillPlural, pluralForms } from '../../src/lib/search/pluralForms';

describe('plural forms of counted UI strings', () => {
  it('says "1 result" and "2 results" in English', () => {
    const forms = pluralForms(useTranslations('en'), 'en', 'search.resultsCount', { query: '{query}' });
    expect(Object.keys(forms).sort()).toEqual(['one', 'other']);
    expect(fillPlural(forms, 'en', 1, { query: 'rent' })).toBe('1 result for “rent”');
    expect(fillPlural(forms, 'en', 2, { query: 'rent' })).toBe('2 results for “rent”');
    expect(fillPlural(forms, 'en', 1200, { query: 'rent' })).toBe('1,200 results for “rent”');
  });

  it.each(localeCodes)('gives %s every plural form its language uses, each with the count in it', (code) => {
    const { tag } = locales[code];
    const forms = pluralForms(useTranslations(code), tag, 'search.resultsFiltered');
    expect(Object.keys(forms).sort()).toEqual([...new Intl.PluralRules(tag).resolvedOptions().pluralCategories].sort());
    for (const template of Object.values(forms)) expect(template).toContain('{count}');
    expect(fillPlural(forms, tag, 7)).toContain('7');
  });
});
