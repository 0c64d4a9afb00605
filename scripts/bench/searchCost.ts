/**
 * What a first search costs a reader on a cold page: bytes fetched (as sent, and as gzip would
 * send them) and milliseconds from typing the query to the first results, in Chromium.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { Locale } from '../../src/i18n/locales';

/** The query an investor would type, "rent", in each locale's language. */
export const typicalQueries: Record<Locale, string> = { en: 'rent', 'zh-hans': '租金', 'zh-hant': '租金', th: 'ค่าเช่า', id: 'sewa' };

export interface SearchCost {
  locale: string;
  query: string;
  requests: number;
  bytes: number;
  gzipBytes: number;
  msToResults: number;
  results: number;
  /** What the gzip bytes were spent on (see fetchKind). */
  byKind: Record<string, number>;
}

/** What a fetched file is for, by its path. */
export function fetchKind(path: string): string {
  if (/\/pagefind\/.*\.pf_fragment$/.test(path)) return 'result text (fragments)';
  if (/\/pagefind\/.*\.pf_index$/.test(path)) return 'index chunks';
  if (/\/pagefind\/.*(pagefind-entry\.json|\.pf_meta|\.pf_filter)$/.test(path)) return 'index metadata and filters';
  if (/\/pagefind\/.*\.pagefind$/.test(path)) return 'Pagefind engine (wasm)';
  if (/\/pagefind\/.*\.js$/.test(path)) return 'Pagefind JavaScript';
  if (/\/_astro\/to(Simplified|Traditional)\./.test(path)) return 'Chinese script converter';
  if (/^\/search-data\/convertible-into-/.test(path)) return 'Chinese converter check';
  return 'other';
}

export async function measureFirstSearch(browser: Browser, baseUrl: string, locale: string, query: string): Promise<SearchCost> {
  const context = await browser.newContext({ serviceWorkers: 'block' }); // fresh context: empty cache; no offline worker fetching the whole bundle
  const tab = await context.newPage();
  await tab.goto(`${baseUrl}/${locale}/search/`, { waitUntil: 'networkidle' });
  const bodies: Buffer[] = [];
  const byKind: Record<string, number> = {};
  tab.on('response', (response) => {
    void response
      .body()
      .then((body) => {
        bodies.push(body);
        const kind = fetchKind(new URL(response.url()).pathname);
        byKind[kind] = (byKind[kind] ?? 0) + gzipSync(body).length;
      })
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
    gzipBytes: Object.values(byKind).reduce((sum, bytes) => sum + bytes, 0),
    msToResults: Math.round(msToResults),
    results,
    byKind,
  };
}
