/**
 * The suite's shared Chromium for one test file: connected before its tests, disconnected after
 * them (the browser itself runs for the whole suite, started by tests/browser/globalSetup.ts).
 * Outside the browser suite (no endpoint provided), a Chromium of the file's own.
 *
 * Its contexts and pages block service workers unless a test asks for them
 * (`serviceWorkers: 'allow'`, as tests/browser/offline.test.ts does): in a new context every page
 * registers the offline-reading worker, which then fetches and stores the locale's offline page
 * and, on a search page, its whole search bundle. That is most of a second of CPU per context for
 * what only the offline test checks.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { connectBrowser, launchBrowser } from './browser';

function blockingWorkers(browser: Browser): Browser {
  return new Proxy(browser, {
    get(target, key) {
      if (key === 'newContext' || key === 'newPage')
        return (options: BrowserContextOptions = {}) => target[key]({ serviceWorkers: 'block', ...options });
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    const endpoint = inject('browserWsEndpoint');
    browser = blockingWorkers(endpoint ? await connectBrowser(endpoint) : await launchBrowser());
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running yet: call the browser inside a test');
    return browser;
  };
}
