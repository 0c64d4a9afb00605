/**
 * What a first search costs a reader on a cold page: bytes fetched (as sent, and as gzip would
 * send them) and milliseconds from typing the query to the first results, in Chromium.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface SearchCost {
  locale: string;
  query: string;
  requests: number;
  bytes: number;
  gzipBytes: number;
  msToResults: number;
  results: number;
}

export async function measureFirstSearch(browser: Browser, baseUrl: string, locale: string, query: string): Promise<SearchCost> {
  const context = await browser.newContext(); // fresh context: empty cache
  const tab = await context.newPage();
  await tab.goto(`${baseUrl}/${locale}/search/`, { waitUntil: 'networkidle' });
  const bodies: Buffer[] = [];
  tab.on('response', (response) => {
    void response
      .body()
      .then((body) => bodies.push(body))
      .catch(() => undefined);
  });
  const started = performance.now();
  await tab.locator('#search-query').fill(query);
  await tab.waitForFunction(
    () => document.querySelectorAll('[data-search-results] li, [data-search-other-results] li').length > 0,
    undefined,
    { timeout: 30_000 },
  );
  const msToResults = performance.now() - started;
  await tab.waitForLoadState('networkidle');
  const results = await tab.locator('[data-search-results] li').count();
  await context.close();
  return {
    locale,
    query,
    requests: bodies.length,
    bytes: bodies.reduce((sum, b) => sum + b.length, 0),
    gzipBytes: bodies.reduce((sum, b) => sum + gzipSync(b).length, 0),
    msToResults: Math.round(msToResults),
    results,
  };
}
