/**
 * `npm run bench`: speed and size figures, printed (never asserted in tests). Uses the current
 * dist/ (run `npm run build` first). Figures: the cost of a first search on a cold page.
 */
import { assertBuilt } from './lib/dist';
import { launchBrowser } from './lib/browser';
import { startStaticServer } from './lib/server';
import { measureFirstSearch } from './bench/searchCost';

const typicalQueries: Record<string, string> = { en: 'rent', 'zh-hans': '租金', 'zh-hant': '租金' };

assertBuilt();
const server = await startStaticServer();
const browser = await launchBrowser();
console.log('First search on a cold page (debounce of 250 ms included in the time)');
console.log('locale    query   requests  KB sent  KB gzip  ms to results  results');
for (const [locale, query] of Object.entries(typicalQueries)) {
  const cost = await measureFirstSearch(browser, server.url, locale, query);
  console.log(
    `${locale.padEnd(10)}${query.padEnd(8)}${String(cost.requests).padEnd(10)}${(cost.bytes / 1024).toFixed(1).padEnd(9)}${(cost.gzipBytes / 1024).toFixed(1).padEnd(9)}${String(cost.msToResults).padEnd(15)}${cost.results}`,
  );
}
await browser.close();
await server.close();
