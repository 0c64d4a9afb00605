/** The <head> of a page as data (src/lib/routing/head.ts), on example pages: no Astro, no content. */
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { localeCodes, locales, type Locale } from '../../src/i18n/locales';
import { absoluteUrl } from '../../src/lib/routing/localizedUrl';
import { pageHead, type HeadContext, type HeadInput } from '../../src/lib/routing/head';
import { webPageLd } from '../../src/lib/structuredData';

const site = 'https://example.org/';
const ctxOf = (locale: Locale): HeadContext => ({ locale, t: useTranslations(locale), absolute: (path) => absoluteUrl(path, site) });
const page: HeadInput = { route: '/districts/example/', title: 'Example District', description: 'A district for the test.' };

describe('pageHead', () => {
  it.each(localeCodes)('gives a %s page its language, canonical and preview in that locale', (locale) => {
    const head = pageHead(ctxOf(locale), page);
    expect(head.lang).toBe(locales[locale].tag);
    expect(head.dir).toBe(locales[locale].dir);
    expect(head.canonical).toBe(`${site}${locale}/districts/example/`);
    expect(head.social.url).toBe(head.canonical);
    expect(head.social.locale).toBe(locales[locale].ogLocale);
    expect(head.social.image).toBe(`${site}og/${locale}/districts/example.png`);
    expect(head.feed.href).toBe(`/${locale}/rss.xml`);
    expect(head.feed.title).toContain(useTranslations(locale)('site.name'));
  });

  it('adds the site name to the title, except on a home page', () => {
    const en = ctxOf('en');
    const siteName = en.t('site.name');
    expect(pageHead(en, page).title).toBe(`Example District | ${siteName}`);
    expect(pageHead(en, { ...page, route: '/' }).title).toBe('Example District');
    // The preview names the page alone: the site name is og:site_name.
    expect(pageHead(en, page).social).toMatchObject({ title: 'Example District', siteName });
  });

  it('lists every locale in hreflang by default, English as x-default, last', () => {
    const { alternates } = pageHead(ctxOf('th'), page);
    expect(alternates.map((a) => a.hreflang)).toEqual([...localeCodes.map((code) => locales[code].tag), 'x-default']);
    expect(alternates.at(-1)?.href).toBe(`${site}en/districts/example/`);
  });

  it('lists only real translations, and the first of them as x-default when English has none', () => {
    const head = pageHead(ctxOf('th'), { ...page, alternates: ['th', 'id'] });
    expect(head.alternates).toEqual([
      { hreflang: 'th', href: `${site}th/districts/example/` },
      { hreflang: 'id', href: `${site}id/districts/example/` },
      { hreflang: 'x-default', href: `${site}th/districts/example/` },
    ]);
    expect(head.social.localeAlternates).toEqual([locales.id.ogLocale]);
  });

  it('lists no alternates, not even x-default, for a page in no other language', () => {
    const head = pageHead(ctxOf('en'), { ...page, alternates: [] });
    expect(head.alternates).toEqual([]);
    expect(head.social.localeAlternates).toEqual([]);
  });

  it('takes a page outside the locale prefixes at its own address, with its own x-default', () => {
    const head = pageHead(ctxOf('en'), { ...page, route: '/', path: '/', xDefault: '/' });
    expect(head.canonical).toBe(site);
    expect(head.alternates.at(-1)).toEqual({ hreflang: 'x-default', href: site });
    expect(head.alternates[0]).toEqual({ hreflang: 'en', href: `${site}en/` });
  });

  it('says noindex only when asked, and the preview type and image it is given', () => {
    expect(pageHead(ctxOf('en'), page).noindex).toBe(false);
    const head = pageHead(ctxOf('zh-hans'), { ...page, noindex: true, ogType: 'article', imageRoute: '/' });
    expect(head.noindex).toBe(true);
    expect(head.social.type).toBe('article');
    expect(head.social.image).toBe(`${site}og/zh-hans/index.png`);
  });

  it('has no JSON-LD without nodes or breadcrumbs', () => {
    expect(pageHead(ctxOf('en'), page).structuredData).toBeUndefined();
  });

  it("puts the page's nodes in one graph, then its breadcrumbs with absolute URLs", () => {
    const node = webPageLd({
      url: `${site}en/districts/example/`,
      name: 'Example District',
      description: 'A district for the test.',
      inLanguage: 'en',
      isPartOf: { name: 'Example', url: `${site}en/` },
    });
    const breadcrumbs = [
      { label: 'Home', href: '/en/' },
      { label: 'Example District', href: '/en/districts/example/' },
    ];
    const ld = pageHead(ctxOf('en'), { ...page, structuredData: [node], breadcrumbs }).structuredData;
    expect(ld?.['@context']).toBe('https://schema.org');
    expect(ld?.['@graph']).toEqual([
      node,
      {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Home', item: `${site}en/` },
          { '@type': 'ListItem', position: 2, name: 'Example District', item: `${site}en/districts/example/` },
        ],
      },
    ]);
  });
});
