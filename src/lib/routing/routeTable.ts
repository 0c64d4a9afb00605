/**
 * THE route table: every page of the site in the given locales, one list. Entry pages, each index
 * and its numbered pages, home, search, the newsletter kit and its section pages, translation
 * status, each locale's not-found page and its offline page. Every getStaticPaths, the sitemap, the preview images,
 * the QR codes and the newsletter kit read it; nothing else lists pages.
 *
 * It reads the collection metadata and, of the content, which entries exist (frontmatter is
 * enough), so astro.config.mjs computes it from the catalogue for the sitemap before Astro loads
 * any content, and the pages compute the same list from the loaded content.
 */
import type { Locale } from '../../i18n/locales';
import { collectionMetadata } from '../collections/metadata';
import { collectionNames, type CollectionName } from '../content/schemas';
import { localizedPath } from './localizedUrl';
import { offlineRoute } from '../offline/settings';
import { indexPageCount, indexPageRoute, kitPageSize, kitRoute, pageRoutes, type PageName } from './routes';

/** What a page is: the row's kind and what rendering it needs. */
export type PageKind =
  /** Home, search, the newsletter kit's front page, translation status, the districts side by side, recent changes, the open data (routes.ts). */
  | { [K in PageName]: { kind: K } }[PageName]
  | { kind: 'notFound' }
  /** What the offline-reading worker shows for a page never visited (src/lib/offline/). */
  | { kind: 'offline' }
  | { kind: 'entry'; collection: CollectionName; slug: string }
  /** Page `n` of `pages` of a collection's index, `pageSize` entries a page. */
  | { kind: 'index'; collection: CollectionName; n: number; pages: number; pageSize: number }
  /** Page `n` of `pages` of a collection's part of the newsletter kit. */
  | { kind: 'kit'; collection: CollectionName; n: number; pages: number; pageSize: number };

/** One page: its locale, its route without the locale prefix (`/incentives/2/`) and its kind. */
export type PageRow = PageKind & { lang: Locale; route: string };

/** What the table needs of the content: which entries each collection has in a locale, and their files. */
export interface EntryListing {
  list(collection: CollectionName, locale: Locale): ReadonlyArray<{ slug: string; entry: { filePath?: string | undefined } }>;
}

export const notFoundRoute = '/404/';

/** A collection's index pages; throws on a page size that cannot page, or an entry slug that is a page number. */
function indexRows(content: EntryListing, lang: Locale, collection: CollectionName): PageRow[] {
  const index = collectionMetadata(collection).index;
  if (!index) return [];
  // A typo (or a size left out) would page by NaN: say where instead.
  if (!Number.isInteger(index.pageSize) || index.pageSize < 1)
    throw new Error(
      `src/lib/collections/metadata.ts: ${collection}.index.pageSize must be a whole number of entries per page, not ${String(index.pageSize)}`,
    );
  const items = content.list(collection, lang);
  // Its page and one of the index's would share an address.
  const numbered = items.find((item) => /^\d+$/.test(item.slug));
  if (numbered)
    throw new Error(
      `${numbered.entry.filePath ?? `src/content/${collection}/`}: the slug "${numbered.slug}" is a page number of ${index.route} ` +
        '(the file name, or the frontmatter field "slug"); give the entry a word slug',
    );
  const pages = indexPageCount(items.length, index.pageSize);
  return Array.from({ length: pages }, (_, i) => ({
    kind: 'index',
    lang,
    route: indexPageRoute(index.route, i + 1),
    collection,
    n: i + 1,
    pages,
    pageSize: index.pageSize,
  }));
}

/** A collection's kit pages: none when it has no entries. */
function kitRows(content: EntryListing, lang: Locale, collection: CollectionName): PageRow[] {
  const entries = content.list(collection, lang).length;
  if (entries === 0) return [];
  const pageSize = kitPageSize(collection);
  const pages = indexPageCount(entries, pageSize);
  return Array.from({ length: pages }, (_, i) => ({
    kind: 'kit',
    lang,
    route: kitRoute(collection, i + 1),
    collection,
    n: i + 1,
    pages,
    pageSize,
  }));
}

/** The file each entry row was listed from, so an address clash names the file to change. */
const entryFiles = new WeakMap<PageRow, string>();

function entryRows(content: EntryListing, lang: Locale, collection: CollectionName): PageRow[] {
  const { route } = collectionMetadata(collection);
  return content.list(collection, lang).map((item) => {
    const row: PageRow = { kind: 'entry', lang, route: route(item.slug), collection, slug: item.slug };
    if (item.entry.filePath) entryFiles.set(row, item.entry.filePath);
    return row;
  });
}

/** Every page of one locale: the section pages first, in the order the newsletter kit lists them. */
function pagesOfLocale(content: EntryListing, lang: Locale): PageRow[] {
  const page = (kind: PageName): PageRow => ({ kind, lang, route: pageRoutes[kind] });
  return [
    page('home'),
    ...collectionNames.flatMap((collection) => indexRows(content, lang, collection)),
    page('compareDistricts'),
    page('search'),
    page('share'),
    ...collectionNames.flatMap((collection) => kitRows(content, lang, collection)),
    page('translations'),
    page('updates'),
    page('data'),
    ...collectionNames.flatMap((collection) => entryRows(content, lang, collection)),
    { kind: 'notFound', lang, route: notFoundRoute },
    { kind: 'offline', lang, route: offlineRoute },
  ];
}

/** A row in an error message: its kind, and for an entry the file it comes from (`entry of districts (src/content/districts/en/compare.mdx)`). */
function describe(row: PageRow): string {
  const file = entryFiles.get(row);
  return 'collection' in row ? `${row.kind} of ${row.collection}${file ? ` (${file})` : ''}` : row.kind;
}

/** Every page of the site in `locales`. Throws when two pages would share an address, naming both. */
export function routeTable(content: EntryListing, locales: readonly Locale[]): PageRow[] {
  const rows = locales.flatMap((lang) => pagesOfLocale(content, lang));
  const seen = new Map<string, PageRow>();
  for (const row of rows) {
    const path = localizedPath(row.lang, row.route);
    const other = seen.get(path);
    if (other)
      throw new Error(
        `Two pages at ${path}: ${describe(other)} and ${describe(row)}; change the entry's slug (its file name, or the frontmatter field "slug") or a route in metadata.ts or routes.ts`,
      );
    seen.set(path, row);
  }
  return rows;
}

/** The rows of one kind, typed as that kind. */
export function rowsOf<K extends PageRow['kind']>(rows: readonly PageRow[], kind: K): Array<Extract<PageRow, { kind: K }>> {
  return rows.filter((row): row is Extract<PageRow, { kind: K }> => row.kind === kind);
}

/** The pages with their own preview image and QR code: all but later pages of a list (they share page 1's), not-found and offline pages. */
export type PreviewedRow = Exclude<PageRow, { kind: 'kit' | 'notFound' | 'offline' }>;

export function hasOwnPreview(row: PageRow): row is PreviewedRow {
  return row.kind !== 'kit' && row.kind !== 'notFound' && row.kind !== 'offline' && !(row.kind === 'index' && row.n > 1);
}

/** Pages for no search engine: not in the sitemap. */
export const unlisted = (row: PageRow): boolean => row.kind === 'notFound' || row.kind === 'offline';

/** The items page `n` of a paged list shows, `pageSize` a page. */
export function itemsOnPage<T>(items: readonly T[], n: number, pageSize: number): T[] {
  return items.slice((n - 1) * pageSize, n * pageSize);
}
