/**
 * Routes of the pages that are not a collection's (architecture.md "URLs are a promise": these
 * paths are pasted into newsletters and must never change), and how a list is cut into numbered
 * pages. Collections' routes are in their metadata (src/lib/collections/metadata.ts); every page
 * of the site is in the route table (routeTable.ts).
 */
import type { UIKey } from '../../i18n';

export const pageRoutes = {
  home: '/',
  search: '/search/',
  share: '/share/',
  translations: '/translations/',
} as const;

export type PageName = keyof typeof pageRoutes;

/** Each page's name in navigation and breadcrumbs, and its title and description. */
export const pageLabels: Record<PageName, { label: UIKey; title: UIKey; description: UIKey }> = {
  home: { label: 'nav.home', title: 'home.title', description: 'home.description' },
  search: { label: 'nav.search', title: 'search.title', description: 'search.description' },
  share: { label: 'nav.share', title: 'shareKit.title', description: 'shareKit.description' },
  translations: { label: 'entry.translationsLink', title: 'translations.title', description: 'translations.description' },
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
