/** Links between pages: picker, hreflang, breadcrumbs and every internal href resolve. */
import { beforeAll, describe, expect, it } from 'vitest';
import { locales, localeCodes } from '../../src/i18n/locales';
import { assertBuilt, builtPages, fileFor, page } from '../helpers/dist';
import { checkFragments } from '../../scripts/audit/fragments';
import { promisedRoutes } from '../helpers/routes';

beforeAll(() => assertBuilt());

const pages = () => builtPages();

describe('internal links', () => {
  it('every internal href on every page resolves, including #fragments', () => {
    const broken: string[] = [];
    for (const path of pages()) {
      const $ = page(path);
      $('a[href], link[href]').each((_, el) => {
        const href = $(el).attr('href') ?? '';
        if (/^(https?:|mailto:|tel:)/.test(href) && !href.startsWith('http://127.0.0.1')) return;
        const target = new URL(href, `http://site${path}`);
        if (target.host !== 'site') return;
        if (!fileFor(target.pathname)) broken.push(`${path} → ${href}`);
      });
    }
    // Fragments have one checker, shared with the linkinator audit.
    broken.push(...checkFragments().broken.map((b) => `${b.page} → ${b.url} (no such id)`));
    expect(broken).toEqual([]);
  });

  it('absolute canonical and hreflang URLs point to built pages', () => {
    const broken: string[] = [];
    for (const path of pages()) {
      const $ = page(path);
      $('link[rel="canonical"], link[rel="alternate"][hreflang]').each((_, el) => {
        const href = $(el).attr('href') ?? '';
        if (!fileFor(new URL(href).pathname)) broken.push(`${path} → ${href}`);
      });
    }
    expect(broken).toEqual([]);
  });
});

describe('language picker', () => {
  it.each(localeCodes.flatMap((locale) => promisedRoutes.map((route) => ({ locale, route }))))(
    '/$locale$route links to the same page in each locale (wide header and phone header)',
    ({ locale, route }) => {
      const $ = page(`/${locale}${route}`);
      const pickers = $('[data-language-picker]').toArray();
      // One picker in each header; only one of the two is displayed at any width.
      expect(pickers).toHaveLength(2);
      for (const picker of pickers) {
        const links = $(picker)
          .find('a')
          .toArray()
          .map((a) => ({
            href: $(a).attr('href'),
            lang: $(a).attr('lang'),
            text: $(a)
              .text()
              .replace(/\(.*\)/, '')
              .trim(),
            current: $(a).attr('aria-current') === 'true',
          }));
        expect(links).toEqual(
          localeCodes.map((code) => ({
            href: `/${code}${route}`,
            lang: locales[code].tag,
            text: locales[code].nativeName,
            current: code === locale,
          })),
        );
      }
    },
  );
});

describe('hreflang', () => {
  it.each(localeCodes.flatMap((locale) => promisedRoutes.filter((r) => r !== '/search/').map((route) => ({ locale, route }))))(
    '/$locale$route lists its translations and x-default',
    ({ locale, route }) => {
      const $ = page(`/${locale}${route}`);
      const alternates = $('link[rel="alternate"][hreflang]')
        .toArray()
        .map((l) => [$(l).attr('hreflang'), new URL($(l).attr('href') ?? '').pathname]);
      // All content is translated today, so every locale is a real alternate.
      expect(alternates).toEqual([...localeCodes.map((code) => [locales[code].tag, `/${code}${route}`]), ['x-default', `/en${route}`]]);
      expect(new URL($('link[rel="canonical"]').attr('href') ?? '').pathname).toBe(`/${locale}${route}`);
    },
  );
});
