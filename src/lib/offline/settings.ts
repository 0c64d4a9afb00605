/**
 * Offline reading (a service worker keeps the pages a reader visited and their locale's search
 * bundle, docs/developing.md "Offline reading"). The one switch: `false` builds a worker that
 * unregisters itself and empties its caches, and pages stop registering one.
 */
export const offlineReading = true;

/** Where the worker is served: at the root, so its scope is the whole site. */
export const serviceWorkerPath = '/sw.js';

/** A locale's offline page, shown for a page never visited (route, without the prefix; a row of the route table). */
export const offlineRoute = '/offline/';

/** The file listing a locale's search bundle, which the worker fetches whole (written with the bundle). */
export const searchFilesPath = (code: string): string => `/pagefind/${code}/offline-files.json`;
