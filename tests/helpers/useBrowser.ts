/**
 * The suite's shared Chromium for one test file: connected before its tests, disconnected after
 * them (the browser itself runs for the whole suite, started by tests/browser/globalSetup.ts).
 * Outside the browser suite (no endpoint provided), a Chromium of the file's own.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, launchBrowser } from './browser';

export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    const endpoint = inject('browserWsEndpoint');
    browser = endpoint ? await connectBrowser(endpoint) : await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running yet: call the browser inside a test');
    return browser;
  };
}
