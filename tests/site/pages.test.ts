/** Every promised route in every locale, built and in its language. Runs on the real dist/. */
import { beforeAll, describe, expect, it } from 'vitest';
import { locales, localeCodes } from '../../src/i18n/locales';
import { assertBuilt, builtPages, fileFor, page } from '../helpers/dist';
import { promisedRoutes } from '../helpers/routes';
import { useTranslations } from '../../src/i18n';

beforeAll(() => assertBuilt());

const localized = localeCodes.flatMap((locale) => promisedRoutes.map((route) => ({ locale, route, path: `/${locale}${route}` })));

describe('built pages', () => {
  it.each(localized)('$path exists', ({ path }) => {
    expect(fileFor(path), `missing ${path}`).not.toBeNull();
  });

  it.each(localized)('$path has <html lang> of its locale, one h1 and a title', ({ locale, path }) => {
    const $ = page(path);
    expect($('html').attr('lang')).toBe(locales[locale].tag);
    expect($('h1')).toHaveLength(1);
    expect($('h1').text().trim()).not.toBe('');
    expect($('title').text().trim()).not.toBe('');
    expect($('meta[name="description"]').attr('content')?.trim()).toBeTruthy();
    expect($('main#main')).toHaveLength(1);
  });

  it.each(localeCodes)('titles are unique within %s', (locale) => {
    const titles = promisedRoutes.map((route) => page(`/${locale}${route}`)('title').text());
    expect(new Set(titles).size).toBe(titles.length);
  });

  const scriptOf: Record<string, RegExp> = {
    Hans: /\p{Script=Han}/gu,
    Hant: /\p{Script=Han}/gu,
    Thai: /\p{Script=Thai}/gu,
    Latn: /\p{Script=Latin}/gu,
  };

  it.each(localized)('$path reads in its own script, not English with a translated menu', ({ locale, path, route }) => {
    const $ = page(path);
    const text = $('main').text().replace(/\s+/g, '');
    const share = (re: RegExp) => (text.match(re)?.length ?? 0) / text.length;
    const script = locales[locale].script;
    // Names of people, places and publications stay in Latin letters, so the threshold is a majority, not all.
    expect(share(scriptOf[script]!)).toBeGreaterThan(script === 'Thai' ? 0.35 : 0.5);
    if (script === 'Latn') expect(share(/\p{Script=Han}/gu)).toBeLessThan(0.05);
    if (locale !== 'en') expect($('main').text(), 'same text as the English page').not.toBe(page(`/en${route}`)('main').text());
  });

  it('has a 404 page at the root and in every locale', () => {
    expect(fileFor('/404.html')).not.toBeNull();
    for (const locale of localeCodes) expect(fileFor(`/${locale}/404/`)).not.toBeNull();
  });

  it('builds no page outside a locale prefix except /, /404.html', () => {
    const outside = builtPages().filter((p) => !localeCodes.some((l) => p.startsWith(`/${l}/`)));
    expect(outside).toEqual(['/', '/404.html']);
  });
});

describe('the root page', () => {
  it('lists every language as a plain link, usable without JavaScript', () => {
    const $ = page('/');
    const links = $('[data-language-picker] a')
      .toArray()
      .map((a) => ({ href: $(a).attr('href'), lang: $(a).attr('lang') }));
    expect(links).toEqual(localeCodes.map((code) => ({ href: `/${code}/`, lang: locales[code].tag })));
  });

  it('names the site once in each of its forms', () => {
    const names = localeCodes.map((code) => useTranslations(code)('site.name'));
    const parts = page('/')('title').text().split(' · ');
    expect(new Set(parts)).toEqual(new Set(names));
    expect(parts).toHaveLength(new Set(names).size);
  });

  it('loads its redirect script as a file, not inline', () => {
    const $ = page('/');
    const scripts = $('script').toArray();
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect($(script).attr('src')).toMatch(/^\/_astro\/.+\.js$/);
  });
});
