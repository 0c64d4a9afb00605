/**
 * The newsletter kit in one page per section, so no page of it grows with the site: `/en/share/`
 * has the blurbs of the section pages (home, indexes) and links to each collection's kit,
 * `/en/share/<section>/` the blurbs of that collection's entries, in pages of its index's page
 * size (`/en/share/<section>/2/` …), as index pages are cut. Which kit pages exist is the route
 * table's to say (routeTable.ts, rows of kind `kit`); this file names their addresses.
 */
import { collectionMetadata } from '../collections/metadata';
import { indexPageRoute, pageRoutes } from './routes';
import type { CollectionName } from '../content/schemas';

/** Blurbs per kit page for a collection without an index of its own. */
const defaultKitPageSize = 24;

/** A collection's kit segment: the word its own pages live under (`incentives`, `next-steps`, `nev-platform`). */
export function kitSection(collection: CollectionName): string {
  const meta = collectionMetadata(collection);
  return (meta.index?.route ?? meta.navRoute ?? `/${collection}/`).slice(1, -1);
}

export const kitPageSize = (collection: CollectionName): number => collectionMetadata(collection).index?.pageSize ?? defaultKitPageSize;

/** The route of page `n` of a collection's kit. */
export const kitRoute = (collection: CollectionName, n = 1): string => indexPageRoute(`${pageRoutes.share}${kitSection(collection)}/`, n);

/** The pages a collection's kit has blurbs for, in the route table's order. */
export const kitEntries = <P extends { collection?: CollectionName }>(pages: readonly P[], collection: CollectionName): P[] =>
  pages.filter((p) => p.collection === collection);
