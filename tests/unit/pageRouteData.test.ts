/** Route data and head of every kind of page (src/lib/routing/pageRouteData.ts, entryRouteData), on the real content, for every page of it. */
import { describe, expect, it } from 'vitest';
import { localeCodes, locales } from '../../src/i18n/locales';
import { collectionNames } from '../../src/lib/content/schemas';
import { requestLocals } from '../../src/lib/routing/requestLocals';
import { viewContext } from '../../src/lib/routing/routeData';
import {
  homeRouteData,
  languageChooserRouteData,
  notFoundRouteData,
  rootNotFoundRouteData,
  sectionRouteData,
} from '../../src/lib/routing/pageRouteData';
import type { PageHead } from '../../src/lib/routing/head';
import { entryPages, realContent, renderedRealContent } from '../helpers/realContent';

const site = 'https://example.org/';
const content = realContent();
// Entry pages as the page builds them: the render first, then route data from it.
const entryRouteData = entryPages(await renderedRealContent());

/** The @type of each node of a head's JSON-LD graph. */
const nodeTypes = (head: PageHead) => ((head.structuredData?.['@graph'] ?? []) as Array<{ '@type': string }>).map((n) => n['@type']);
/** The last breadcrumb's URL. */
const lastCrumb = (head: PageHead) => {
  const list = (head.structuredData?.['@graph'] as Array<{ '@type': string; itemListElement?: Array<{ item: string }> }>).find(
    (n) => n['@type'] === 'BreadcrumbList',
  );
  return list?.itemListElement?.at(-1)?.item;
};

describe('entry pages', { timeout: 30_000 }, () => {
  it('have a head of their own: canonical, hreflang of their real translations only, an article preview, breadcrumbs to themselves', () => {
    for (const locale of localeCodes) {
      const ctx = viewContext(locale, content, site);
      for (const name of collectionNames) {
        for (const item of content.list(name, locale)) {
          const page = entryRouteData(ctx, name, item.slug);
          expect(page.head.canonical).toBe(page.urls.url);
          expect(page.head.social.image).toBe(page.urls.image);
          expect(page.head.social.type).toBe('article');
          const hreflangs = page.head.alternates.map((a) => a.hreflang).filter((h) => h !== 'x-default');
          expect(hreflangs).toEqual(page.alternates.map((code) => locales[code].tag));
          expect(nodeTypes(page.head)).toEqual([page.structuredData['@type'], 'BreadcrumbList']);
          expect(lastCrumb(page.head)).toBe(page.urls.url);
        }
      }
    }
  });
});

describe.each(localeCodes)('pages of %s that are not an entry', (locale) => {
  const ctx = viewContext(locale, content, site);

  it('home: the WebPage and itself as the only breadcrumb, its title alone', () => {
    const page = homeRouteData(ctx);
    expect(page.head.canonical).toBe(`${site}${locale}/`);
    expect(page.head.title).toBe(page.title);
    expect(nodeTypes(page.head)).toEqual(['WebPage', 'BreadcrumbList']);
    expect(lastCrumb(page.head)).toBe(page.head.canonical);
    expect(page.trail).toEqual([]);
  });

  it('a section page: under home, in every language, showing the image it is given', () => {
    const page = sectionRouteData(ctx, { route: '/example/2/', title: 'Example', description: 'An example.', imageRoute: '/example/' });
    expect(page.trail.map((link) => link.href)).toEqual([`/${locale}/`]);
    expect(page.head.canonical).toBe(`${site}${locale}/example/2/`);
    expect(page.head.social.image).toBe(`${site}og/${locale}/example.png`);
    expect(page.head.alternates).toHaveLength(localeCodes.length + 1);
    expect(lastCrumb(page.head)).toBe(page.head.canonical);
  });

  it('not found: not indexed, in no other language, previewed as the home page, no JSON-LD', () => {
    const { head } = notFoundRouteData(ctx);
    expect(head).toMatchObject({ noindex: true, alternates: [], canonical: `${site}${locale}/404/` });
    expect(head.social.image).toBe(`${site}og/${locale}/index.png`);
    expect(head.structuredData).toBeUndefined();
  });
});

describe('the root pages', () => {
  const locals = (path: string) => requestLocals(path, site);

  it('`/` lists every home page in hreflang and is its own x-default, in every language once', () => {
    const { head, choices } = languageChooserRouteData(locals('/'));
    expect(head.canonical).toBe(site);
    expect(head.alternates.map((a) => a.href)).toEqual([...localeCodes.map((code) => `${site}${code}/`), site]);
    expect(choices.map((c) => c.code)).toEqual(localeCodes);
    expect(head.title.split(' · ')).toEqual([...new Set(choices.map((c) => c.siteName))]);
    expect(head.social.localeAlternates).toHaveLength(localeCodes.length - 1);
  });

  it('`/404.html` is the not-found page at its own address, the message in every language', () => {
    const { head, choices } = rootNotFoundRouteData(locals('/404.html'));
    expect(head).toMatchObject({ noindex: true, alternates: [], canonical: `${site}404.html` });
    expect(head.social.url).toBe(head.canonical);
    expect(choices.map((c) => c.href)).toEqual(localeCodes.map((code) => `/${code}/`));
    expect(new Set(choices.map((c) => c.text)).size).toBeGreaterThan(1);
  });
});
