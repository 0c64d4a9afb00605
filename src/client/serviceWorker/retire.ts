/**
 * The service worker a build emits when offline reading is off (src/lib/offline/settings.ts):
 * browsers that installed the real one fetch this on their next visit; it takes over, empties our
 * caches, unregisters itself and reloads open pages from the network, so no reader is left with
 * an old copy.
 */
import { scope } from './scope';

scope.addEventListener('install', (event) => event.waitUntil(scope.skipWaiting()));
scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('gis-')) await caches.delete(name);
      await scope.registration.unregister();
      for (const client of await scope.clients.matchAll({ type: 'window' })) await client.navigate(client.url);
    })(),
  );
});
