/** What the middleware puts on Astro.locals (src/lib/routing/requestLocals.ts), from a page's address. */
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { defaultLocale, localeCodes } from '../../src/i18n/locales';
import { requestLocals } from '../../src/lib/routing/requestLocals';

describe('requestLocals', () => {
  it.each(localeCodes)('reads %s from the address, with its strings', (locale) => {
    const locals = requestLocals(`/${locale}/districts/example/`, 'https://example.org/');
    expect(locals.locale).toBe(locale);
    expect(locals.t('site.name')).toBe(useTranslations(locale)('site.name'));
  });

  it.each(['/', '/404.html', '/og/th/index.png', '/admin/'])('gives %s, outside a locale, the default locale', (path) => {
    expect(requestLocals(path, 'https://example.org/').locale).toBe(defaultLocale);
  });

  it('makes absolute URLs against the configured site, or a local one when none is set', () => {
    expect(requestLocals('/th/', new URL('https://example.org/')).absolute('/th/search/')).toBe('https://example.org/th/search/');
    expect(requestLocals('/th/', undefined).absolute('/th/')).toBe('http://localhost/th/');
  });
});
