import { describe, expect, it } from 'vitest';
import { matchBrowserLanguage, pickLocale } from '../../src/lib/routing/pickLocale';

describe('pickLocale', () => {
  it('prefers the locale the reader chose before', () => {
    expect(pickLocale('zh-hant', ['en-US'])).toBe('zh-hant');
  });

  it('ignores a stored value that is not a locale', () => {
    expect(pickLocale('fr', ['zh-CN'])).toBe('zh-hans');
  });

  it('takes the first browser language we have', () => {
    expect(pickLocale(null, ['fr-FR', 'zh-TW', 'en'])).toBe('zh-hant');
    expect(pickLocale(undefined, ['de', 'en-GB'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(pickLocale(null, ['fr', 'de'])).toBe('en');
    expect(pickLocale(null, [])).toBe('en');
  });

  it('maps Chinese variants by script and region', () => {
    expect(matchBrowserLanguage('zh-HK')).toBe('zh-hant');
    expect(matchBrowserLanguage('zh-Hant-HK')).toBe('zh-hant');
    expect(matchBrowserLanguage('zh-Hans-SG')).toBe('zh-hans');
    expect(matchBrowserLanguage('zh')).toBe('zh-hans');
    expect(matchBrowserLanguage('zh-CN')).toBe('zh-hans');
    expect(matchBrowserLanguage('th-TH')).toBe('th');
    expect(matchBrowserLanguage('in-ID')).toBe('id');
    expect(matchBrowserLanguage('ko-KR')).toBeNull();
  });

  it('sends Malay readers to Bahasa Indonesia, the site having no Malay', () => {
    expect(pickLocale(null, ['ms-MY', 'en'])).toBe('id');
    expect(matchBrowserLanguage('ms')).toBe('id');
    expect(matchBrowserLanguage('msa')).toBeNull();
  });
});
