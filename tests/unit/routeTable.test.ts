/** The route table: every page of the site, one list, on fixtures and on every real entry. */
import { afterEach, describe, expect, it } from 'vitest';
import { collectionMetadata } from '../../src/lib/collections/metadata';
import { contentCatalogue } from '../../src/lib/content/catalogue';
import { contentIndex, type Catalogue, type IndexedEntry } from '../../src/lib/content/contentIndex';
import { collectionNames, type CollectionName } from '../../src/lib/content/schemas';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { localizedPath } from '../../src/lib/routing/localizedUrl';
import { pagesOf } from '../../src/lib/routing/pageRegistry';
import { viewContext } from '../../src/lib/routing/routeData';
import { hasOwnPreview, itemsOnPage, routeTable, rowsOf, type PageRow } from '../../src/lib/routing/routeTable';
import { indexPageCount, indexPageRoute } from '../../src/lib/routing/routes';
import { kitPageSize, kitRoute } from '../../src/lib/routing/routes';
import { sitemapPages } from '../../src/lib/routing/sitemapPages';
import type { ContentFile } from '../../src/lib/checks/integrity';
import { file, valid, validSet } from '../fixtures/contentEntries';
import { loadEntries, realContent } from '../helpers/realContent';
import { templateOf } from '../helpers/dist';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** A catalogue of fixture files, as content/catalogue.ts makes one from disk. */
function catalogueOf(files: readonly ContentFile[]): Catalogue {
  const catalogue = Object.fromEntries(collectionNames.map((name) => [name, [] as IndexedEntry[]])) as Record<
    CollectionName,
    IndexedEntry[]
  >;
  for (const f of files)
    catalogue[f.collection as CollectionName].push({ id: `${f.locale}/${f.slug}`, data: f.data as object, filePath: f.file });
  return catalogue;
}

const tableOf = (files: readonly ContentFile[], locales: readonly Locale[]) => routeTable(contentIndex(catalogueOf(files)), locales);
const paths = (rows: readonly PageRow[]) => rows.map((row) => localizedPath(row.lang, row.route));

/** `count` English stories with word slugs. */
const stories = (count: number) => Array.from({ length: count }, (_, i) => file('stories', 'en', `story-${i + 1}`, valid.story));

describe('the route table on fixtures', () => {
  const locales: Locale[] = ['en', 'zh-hans'];
  const rows = tableOf(validSet(), locales);

  it('has each locale’s home, search, kit, translation status, districts side by side, recent changes, open data, not-found and offline page once', () => {
    for (const lang of locales)
      for (const kind of ['home', 'search', 'share', 'translations', 'compareDistricts', 'updates', 'data', 'notFound', 'offline'] as const)
        expect(
          rows.filter((row) => row.lang === lang && row.kind === kind),
          `${lang} ${kind}`,
        ).toHaveLength(1);
  });

  it('has a page for every English entry in every locale (English stands in), at its metadata route', () => {
    const english = validSet().filter((f) => f.locale === 'en');
    for (const lang of locales) {
      const entries = rowsOf(rows, 'entry').filter((row) => row.lang === lang);
      expect(entries.map((row) => `${row.collection}/${row.slug}`).sort()).toEqual(english.map((f) => `${f.collection}/${f.slug}`).sort());
      for (const row of entries) expect(row.route).toBe(collectionMetadata(row.collection).route(row.slug));
    }
  });

  it('has every index (one page when empty), and kit pages only for collections with entries', () => {
    const withIndex = collectionNames.filter((name) => collectionMetadata(name).index);
    expect(
      rowsOf(rows, 'index')
        .filter((row) => row.lang === 'en')
        .map((row) => row.collection),
    ).toEqual(withIndex);
    const withEntries = [...new Set(validSet().map((f) => f.collection))];
    expect(new Set(rowsOf(rows, 'kit').map((row) => row.collection))).toEqual(new Set(withEntries));
  });

  it('numbers the pages of an index and of a kit past their page size', () => {
    const size = collectionMetadata('stories').index!.pageSize;
    const table = tableOf(stories(size + 1), ['en']);
    const index = rowsOf(table, 'index').filter((row) => row.collection === 'stories');
    expect(index.map((row) => [row.route, row.n, row.pages])).toEqual([
      ['/stories/', 1, 2],
      [indexPageRoute('/stories/', 2), 2, 2],
    ]);
    // A full page is one page.
    expect(rowsOf(tableOf(stories(size), ['en']), 'index').filter((row) => row.collection === 'stories')).toHaveLength(1);
    const kit = rowsOf(table, 'kit').filter((row) => row.collection === 'stories');
    const kitPages = indexPageCount(size + 1, kitPageSize('stories'));
    expect(kit.map((row) => row.route)).toEqual(Array.from({ length: kitPages }, (_, i) => kitRoute('stories', i + 1)));
  });

  it('gives every page its own address', () => {
    const table = tableOf([...validSet(), ...stories(30)], localeCodes);
    expect(new Set(paths(table)).size).toBe(table.length);
  });

  it('cuts a list into pages that show every item once', () => {
    const items = Array.from({ length: 7 }, (_, i) => i);
    const pages = Array.from({ length: indexPageCount(items.length, 3) }, (_, i) => itemsOnPage(items, i + 1, 3));
    expect(pages).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
  });
});

describe('the route table refuses what would break an address', () => {
  const stories = collectionMetadata('stories');
  const size = stories.index!.pageSize;
  afterEach(() => {
    stories.index!.pageSize = size;
  });

  it('an entry slug that is a page number, naming its file', () => {
    const numbered = file('stories', 'en', '2', valid.story);
    expect(() => tableOf([...validSet(), numbered], ['en'])).toThrow(
      /src\/content\/stories\/en\/2\.mdx: the slug "2" is a page number of \/stories\//,
    );
  });

  it('an index without a whole page size, naming the metadata field', () => {
    (stories.index as { pageSize?: number }).pageSize = undefined;
    expect(() => tableOf(validSet(), ['en'])).toThrow(/metadata\.ts: stories\.index\.pageSize must be a whole number/);
    stories.index!.pageSize = 2.5;
    expect(() => tableOf(validSet(), ['en'])).toThrow(/stories\.index\.pageSize/);
  });

  it('a district whose slug is the address of the districts side by side, naming its file', () => {
    const clash = file('districts', 'en', 'compare', valid.district);
    expect(() => tableOf([...validSet(), clash], ['en'])).toThrow(
      /Two pages at \/en\/districts\/compare\/: compareDistricts and entry of districts \(src\/content\/districts\/en\/compare\.mdx\)/,
    );
  });

  it('two pages at one address', () => {
    // A route in the metadata that lands on another page's address.
    const route = stories.route;
    try {
      stories.route = () => '/search/';
      expect(() => tableOf(validSet(), ['en'])).toThrow(/Two pages at \/en\/search\/: search and entry of stories/);
    } finally {
      stories.route = route;
    }
  });
});

describe('the route table on every real entry', () => {
  const content = realContent();
  const rows = routeTable(content, localeCodes);

  it('lists every entry of every collection in every locale, once, at its route', () => {
    for (const lang of localeCodes)
      for (const name of collectionNames) {
        const listed = rowsOf(rows, 'entry').filter((row) => row.lang === lang && row.collection === name);
        expect(listed.map((row) => row.route)).toEqual(content.list(name, lang).map((item) => collectionMetadata(name).route(item.slug)));
      }
    expect(new Set(paths(rows)).size).toBe(rows.length);
  });

  it('is the same from the catalogue (config time, frontmatter only) as from the loaded content', () => {
    expect(routeTable(contentIndex(contentCatalogue(root)), localeCodes)).toEqual(rows);
  });

  it('in a locale shard (only English and its locale loaded), is the full table’s rows of that locale', () => {
    const entries = loadEntries();
    const shard = contentIndex(
      Object.fromEntries(collectionNames.map((name) => [name, entries[name].filter((e) => /^(en|th)\//.test(e.id))])) as typeof entries,
      { catalogue: contentCatalogue(root), loaded: ['th'] },
    );
    expect(routeTable(shard, ['th'])).toEqual(rows.filter((row) => row.lang === 'th'));
  });

  it('is what the sitemap lists, not-found and offline pages aside', () => {
    const site = 'https://example.org/';
    const expected = rows
      .filter((row) => row.kind !== 'notFound' && row.kind !== 'offline')
      .map((row) => new URL(localizedPath(row.lang, row.route), site).href);
    expect(sitemapPages(root, site).sort()).toEqual(expected.sort());
  });

  it('gives the pages with their own preview image their preview, in the table’s order', () => {
    for (const lang of ['en', 'th'] as const) {
      const previews = pagesOf(viewContext(lang, content, 'https://example.org/'));
      expect(previews.map((p) => p.route)).toEqual(rows.filter((row) => row.lang === lang && hasOwnPreview(row)).map((row) => row.route));
    }
  });
});

describe('the audits sample the districts side by side apart from the district pages', () => {
  it('gives it a template of its own, while every district page shares one', () => {
    expect(templateOf('/th/districts/compare/')).toBe('/{lang}/districts/compare/');
    expect(templateOf('/th/districts/xuhui/')).toBe('/{lang}/districts/*/');
    expect(templateOf('/th/districts/')).toBe('/{lang}/districts/');
  });
});
