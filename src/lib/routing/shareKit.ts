/**
 * The newsletter kit in one page per section, so no page of it grows with the site: `/en/share/`
 * has the blurbs of the section pages (home, indexes) and links to each collection's kit,
 * `/en/share/<section>/` the blurbs of that collection's entries, in pages of its index's page
 * size (`/en/share/<section>/2/` …), as index pages are cut (src/lib/routing/indexPages.ts).
 */
import { collectionSpec } from '../collections/registry';
import type { ContentIndex, EntryMap } from '../content/contentIndex';
import { indexPageCount, indexPageRoute } from './indexPages';
import type { PageInfo } from './pageRegistry';
import { pageRoutes } from './routes';
import { collectionNames, type CollectionName } from '../content/schemas';
import type { Locale } from '../../i18n/locales';

/** Blurbs per kit page for a collection without an index of its own. */
const defaultKitPageSize = 24;

/** A collection's kit segment: the word its own pages live under (`incentives`, `next-steps`, `nev-platform`). */
export function kitSection(collection: CollectionName): string {
  const spec = collectionSpec(collection);
  return (spec.index?.route ?? spec.navRoute ?? `/${collection}/`).slice(1, -1);
}

export const kitPageSize = (collection: CollectionName): number => collectionSpec(collection).index?.pageSize ?? defaultKitPageSize;

/** The route of page `n` of a collection's kit. */
export const kitRoute = (collection: CollectionName, n = 1): string => indexPageRoute(`${pageRoutes.share}${kitSection(collection)}/`, n);

export interface KitPages {
  lang: Locale;
  collection: CollectionName;
  section: string;
  pageSize: number;
  pages: number;
}

/** Every collection kit with entries, in `locales`. */
export function kitPages<M extends EntryMap>(content: ContentIndex<M>, locales: readonly Locale[]): KitPages[] {
  return locales.flatMap((lang) =>
    collectionNames.flatMap((collection): KitPages[] => {
      const entries = content.list(collection, lang).length;
      if (entries === 0) return [];
      const pageSize = kitPageSize(collection);
      return [{ lang, collection, section: kitSection(collection), pageSize, pages: indexPageCount(entries, pageSize) }];
    }),
  );
}

/** The pages a collection's kit has blurbs for, in the page registry's order. */
export const kitEntries = (pages: readonly PageInfo[], collection: CollectionName): PageInfo[] =>
  pages.filter((p) => p.collection === collection);
