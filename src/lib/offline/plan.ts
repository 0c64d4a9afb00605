/**
 * What the service worker keeps, and how: the one description of its caches, read by the worker
 * (src/client/serviceWorker/worker.ts), the build (src/integrations/offlineReading.ts) and the
 * tests. Plain data and pure functions, so the worker bundles it without the rest of the site.
 */
import { isLocale, type Locale } from '../../i18n/locales';

// Kept in settings.ts, which config-time code reads without the rest of this file.
export { offlineRoute, searchFilesPath } from './settings';

/** The search page's route (routes.ts `pageRoutes.search`; the worker does not import the route table). */
export const searchRoute = '/search/';

/**
 * Cache names. The version suffix is for a future change of what a cache holds: the worker
 * deletes every cache of ours whose name it no longer uses.
 */
export const cacheNames = {
  /** Pages the reader visited: network first. */
  pages: 'gis-pages-v1',
  /** Fingerprinted assets (/_astro/) and the icons: cache first. */
  assets: 'gis-assets-v1',
  /** Each locale's offline fallback page. */
  fallback: 'gis-offline-v1',
} as const;

/** A locale's Pagefind bundle, kept whole once the reader opens that locale's search page. */
export const searchCacheName = (code: Locale): string => `gis-search-${code}-v1`;

/** Every cache name the worker may use; any other `gis-` cache is an older version's. */
export const ownCacheNames = (codes: readonly Locale[]): string[] => [...Object.values(cacheNames), ...codes.map(searchCacheName)];

/** Entries kept at most (least recently used go first); the search caches hold one bundle each. */
export const cacheLimits = { pages: 200, assets: 120 } as const;

/** Files of a bundle whose names carry no hash: fetched from the network first, kept for offline. */
const unhashedSearchFiles = new Set(['pagefind.js', 'pagefind-entry.json', 'offline-files.json']);

/** How the worker answers a same-origin GET of this path. */
export type RequestKind =
  /** A page: network first, kept in `pages`. */
  | { kind: 'page'; locale: Locale | undefined }
  /** A hashed file (/_astro/) or an icon: cache first; `fresh` for an unhashed one (network first). */
  | { kind: 'asset'; fresh: boolean }
  /** A file of a locale's search bundle; `fresh` when its name has no hash (network first). */
  | { kind: 'search'; locale: Locale; fresh: boolean }
  /** Anything else (previews, QR codes, feeds, the editor): left to the network. */
  | { kind: 'network' };

/** The locale whose prefix starts `path`, if any. */
export function localeOfPath(path: string): Locale | undefined {
  const first = path.split('/')[1] ?? '';
  return isLocale(first) ? first : undefined;
}

export function requestKind(path: string): RequestKind {
  if (path.startsWith('/admin/')) return { kind: 'network' };
  if (path.startsWith('/_astro/')) return { kind: 'asset', fresh: false };
  // Unhashed: the icons, and the Chinese search's converter bitmaps (which a bundle lists too).
  if (path === '/favicon.svg' || path.startsWith('/icons/') || path.startsWith('/search-data/')) return { kind: 'asset', fresh: true };
  const search = /^\/pagefind\/([^/]+)\/(.+)$/.exec(path);
  if (search) {
    const [, code = '', file = ''] = search;
    return isLocale(code) ? { kind: 'search', locale: code, fresh: unhashedSearchFiles.has(file) } : { kind: 'network' };
  }
  // Pages end in a slash (trailingSlash: 'always'); the root pages are files.
  if (path.endsWith('/') || path.endsWith('.html')) return { kind: 'page', locale: localeOfPath(path) };
  return { kind: 'network' };
}
