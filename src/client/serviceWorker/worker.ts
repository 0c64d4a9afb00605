/**
 * The service worker (built to /sw.js by src/integrations/offlineReading.ts), with Workbox's
 * router and strategies. What it keeps is described once in src/lib/offline/plan.ts:
 * - pages: network first, so a correction reaches readers at once; the copy is for offline;
 * - /_astro/ files (hashed names): cache first; the icons and converter bitmaps: network first;
 * - a locale's search bundle: fetched whole when the reader opens that locale's search page, so
 *   any query works offline; hashed chunks cache first, Pagefind's unhashed entry network first;
 * - a page never visited, offline: the locale's offline page (kept when a page of it is visited).
 * The page's own load, before the worker controlled it, is sent by the registration script
 * (src/client/registerServiceWorker.ts) as Workbox's CACHE_URLS message.
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { Route, Router } from 'workbox-routing';
import { CacheFirst, NetworkFirst, type Strategy } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core';
import { defaultLocale, localeCodes, type Locale } from '../../i18n/locales';
import {
  cacheLimits,
  cacheNames,
  offlineRoute,
  ownCacheNames,
  requestKind,
  searchCacheName,
  searchFilesPath,
  searchRoute,
} from '../../lib/offline/plan';
import { localizedPath } from '../../lib/routing/localizedUrl';
import { scope, type ExtendableEvent } from './scope';

// A new worker takes over at once: pages are fetched network first, so no open page depends on
// the old worker's copies.
scope.addEventListener('install', (event) => event.waitUntil(scope.skipWaiting()));
scope.addEventListener('activate', (event) => {
  const own = new Set(ownCacheNames(localeCodes));
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('gis-') && !own.has(name)) await caches.delete(name);
      await scope.clients.claim();
    })(),
  );
});

/** Only complete answers are kept (never a not-found page under a page's address). */
const completeOnly = new CacheableResponsePlugin({ statuses: [200] });
/**
 * One copy per address, whatever the query: Pagefind asks for its entry with `?ts=…`, and a
 * search page with `?q=…` is the same page (its script reads the query).
 */
const withoutQuery: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    url.search = '';
    return url.href;
  },
};

const pages = new NetworkFirst({
  cacheName: cacheNames.pages,
  plugins: [completeOnly, withoutQuery, new ExpirationPlugin({ maxEntries: cacheLimits.pages, purgeOnQuotaError: true })],
});
const assetsExpiry = () => new ExpirationPlugin({ maxEntries: cacheLimits.assets, purgeOnQuotaError: true });
const assets = new CacheFirst({ cacheName: cacheNames.assets, plugins: [completeOnly, assetsExpiry()] });
const freshAssets = new NetworkFirst({ cacheName: cacheNames.assets, plugins: [completeOnly, assetsExpiry()] });
const searchStrategies = new Map<string, Strategy>();
function searchStrategy(code: Locale, fresh: boolean): Strategy {
  const key = `${code} ${fresh}`;
  let strategy = searchStrategies.get(key);
  if (!strategy) {
    const options = { cacheName: searchCacheName(code), plugins: [completeOnly, withoutQuery] };
    strategy = fresh ? new NetworkFirst(options) : new CacheFirst(options);
    searchStrategies.set(key, strategy);
  }
  return strategy;
}

/** Fetches a locale's whole search bundle into its cache, then drops files an older bundle had. */
const refreshing = new Map<Locale, Promise<void>>();
function keepSearchBundle(code: Locale): Promise<void> {
  const running = refreshing.get(code);
  if (running) return running;
  const task = (async () => {
    const listed = await fetch(searchFilesPath(code), { cache: 'no-cache' });
    if (!listed.ok) return;
    const files = ((await listed.json()) as { files: string[] }).files;
    const search = await caches.open(searchCacheName(code));
    const assetCache = await caches.open(cacheNames.assets);
    const into = (file: string) => (file.startsWith('/pagefind/') ? search : assetCache);
    for (const file of [searchFilesPath(code), ...files]) {
      const kind = requestKind(file);
      const fresh = kind.kind === 'search' || kind.kind === 'asset' ? kind.fresh : true;
      if (!fresh && (await into(file).match(file))) continue;
      const response = await fetch(file);
      if (response.status === 200) await into(file).put(file, response);
    }
    const wanted = new Set([searchFilesPath(code), ...files]);
    for (const request of await search.keys()) if (!wanted.has(new URL(request.url).pathname)) await search.delete(request);
  })()
    .catch(() => undefined) // offline or a blip: tried again on the next visit to the search page
    .finally(() => refreshing.delete(code));
  refreshing.set(code, task);
  return task;
}

/** Keeps the locale's offline page, once, with its styles and script (it may be the first page never visited). */
async function keepFallback(code: Locale): Promise<void> {
  const fallback = await caches.open(cacheNames.fallback);
  const path = localizedPath(code, offlineRoute);
  if (await fallback.match(path)) return;
  const response = await fetch(path);
  if (response.status !== 200) return;
  const html = await response.clone().text();
  const files = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => m[1] ?? '');
  const assetCache = await caches.open(cacheNames.assets);
  for (const file of new Set(files)) if (!(await assetCache.match(file))) await assetCache.add(file);
  await fallback.put(path, response);
}

const router = new Router();
const sameOrigin = (url: URL) => url.origin === scope.location.origin;

router.registerRoute(
  new Route(
    ({ url }) => sameOrigin(url) && requestKind(url.pathname).kind === 'page',
    async ({ request, event, url }) => {
      const response = await pages.handle({ request, event });
      const code = requestKind(url.pathname);
      if (code.kind === 'page' && code.locale) {
        const locale = code.locale;
        (event as ExtendableEvent).waitUntil(
          keepFallback(locale)
            .catch(() => undefined) // offline: tried again on the next page
            .then(() => (url.pathname === localizedPath(locale, searchRoute) ? keepSearchBundle(locale) : undefined)),
        );
      }
      return response;
    },
  ),
);
router.registerRoute(
  new Route(
    ({ url }) => sameOrigin(url) && requestKind(url.pathname).kind === 'asset',
    ({ request, event, url }) => {
      const kind = requestKind(url.pathname);
      return (kind.kind === 'asset' && kind.fresh ? freshAssets : assets).handle({ request, event });
    },
  ),
);
router.registerRoute(
  new Route(
    ({ url }) => sameOrigin(url) && requestKind(url.pathname).kind === 'search',
    ({ request, event, url }) => {
      const kind = requestKind(url.pathname);
      if (kind.kind !== 'search') throw new Error(`not a search file: ${url.pathname}`);
      return searchStrategy(kind.locale, kind.fresh).handle({ request, event });
    },
  ),
);
// A page neither online nor kept: the offline page of its locale (English for the root pages).
router.setCatchHandler(async ({ url }) => {
  const kind = requestKind(url.pathname);
  if (kind.kind !== 'page') return Response.error();
  const fallback = await caches.open(cacheNames.fallback);
  const own = await fallback.match(localizedPath(kind.locale ?? defaultLocale, offlineRoute));
  return own ?? (await fallback.keys().then(([first]) => (first ? fallback.match(first) : undefined))) ?? Response.error();
});
router.addFetchListener();
router.addCacheListener();
