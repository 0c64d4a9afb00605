/**
 * Routes of the pages that are not a collection's (architecture.md "URLs are a promise": these
 * paths are pasted into newsletters and must never change), and how a list is cut into numbered
 * pages. Collections' routes are in their metadata (src/lib/collections/metadata.ts); every page
 * of the site is in the route table (routeTable.ts).
 */
import type { UIKey } from '../../i18n';
import { collectionMetadata } from '../collections/metadata';
import type { CollectionName } from '../content/schemas';

export const pageRoutes = {
  home: '/',
  search: '/search/',
  share: '/share/',
  translations: '/translations/',
  // The districts side by side (issue 31): a section page under the districts index.
  compareDistricts: '/districts/compare/',
  // Recent changes: every entry's change notes, newest first (issue 31).
  updates: '/updates/',
  /** What the open data files (/data/) hold, and the links to them. */
  data: '/data/',
} as const;

export type PageName = keyof typeof pageRoutes;

/** Each page's name in navigation and breadcrumbs, and its title and description. */
export const pageLabels: Record<PageName, { label: UIKey; title: UIKey; description: UIKey }> = {
  home: { label: 'nav.home', title: 'home.title', description: 'home.description' },
  search: { label: 'nav.search', title: 'search.title', description: 'search.description' },
  share: { label: 'nav.share', title: 'shareKit.title', description: 'shareKit.description' },
  translations: { label: 'entry.translationsLink', title: 'translations.title', description: 'translations.description' },
  compareDistricts: { label: 'compare.label', title: 'compare.title', description: 'compare.description' },
  updates: { label: 'nav.updates', title: 'updates.title', description: 'updates.description' },
  data: { label: 'openData.nav', title: 'openData.title', description: 'openData.description' },
};

/** The preview image of a page: `/og/en/districts/xuhui.png`, `/og/en/index.png` for a home page. */
export function ogImagePath(locale: string, route: string): string {
  return `/og/${locale}${route === '/' ? '/index' : route.replace(/\/$/, '')}.png`;
}

/** The QR code of a page's canonical URL, as a downloadable file. */
export function qrCodePath(locale: string, route: string, format: 'svg' | 'png'): string {
  return `/qr/${locale}${route === '/' ? '/index' : route.replace(/\/$/, '')}.${format}`;
}

/** The route of page `n` of a list at `route` (page 1 is the list's own address): `/incentives/3/`. */
export const indexPageRoute = (route: string, n: number): string => (n <= 1 ? route : `${route}${n}/`);

/** How many pages `entries` fill at `pageSize` a page: one at least, an empty list's. */
export const indexPageCount = (entries: number, pageSize: number): number => Math.max(1, Math.ceil(entries / pageSize));

/*
 * The newsletter kit in one page per section, so no page of it grows with the site: `/en/share/`
 * has the blurbs of the section pages (home, indexes) and links to each collection's kit,
 * `/en/share/<section>/` the blurbs of that collection's entries, in pages of its index's page
 * size (`/en/share/<section>/2/` …), as index pages are cut. Which kit pages exist is the route
 * table's to say (routeTable.ts, rows of kind `kit`); these name their addresses.
 */
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
