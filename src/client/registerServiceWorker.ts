/**
 * Browser: registers the offline-reading worker (src/client/serviceWorker/worker.ts). The page
 * that registers it loaded before the worker ran, so its address and files are handed to the
 * worker to keep (Workbox's CACHE_URLS message). Without service workers, nothing happens.
 */
import { serviceWorkerPath } from '../lib/offline/settings';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker
    .register(serviceWorkerPath)
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      if (controlled) return;
      const files = performance.getEntriesByType('resource').map((entry) => entry.name);
      const urlsToCache = [location.href, ...files].filter((url) => new URL(url).origin === location.origin);
      registration.active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache } });
    })
    .catch(() => undefined); // private mode or a blocked worker: the page works as it is
}
