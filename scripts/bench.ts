/**
 * `npm run bench`: speed and size figures, printed and written to bench/results.md (never
 * asserted in tests). Builds copies of the project with synthetic content at each size
 * (`--sizes real,1000,5000,25000`, the default), and measures a first search on the current
 * dist/ in every locale (`--search-only` for just that; run `npm run build` first).
 */
import { cpus, totalmem, release } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt } from './lib/dist';
import { launchBrowser } from './lib/browser';
import { startStaticServer } from './lib/server';
import { measureFirstSearch, typicalQueries, type SearchCost } from './bench/searchCost';
import { runAtScale, type ScaleResult } from './bench/scaleRun';
import { growthChart, resultsTable, searchBreakdown } from './bench/report';
import { localeCodes } from '../src/i18n/locales';

const args = process.argv.slice(2);
const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice(8) ?? 'real,1000,5000,25000').split(',');
const browser = await launchBrowser();

// First search on a cold page, per locale, on the real site.
assertBuilt();
const server = await startStaticServer();
const searches: SearchCost[] = [];
for (const locale of localeCodes) searches.push(await measureFirstSearch(browser, server.url, locale, typicalQueries[locale]));
await server.close();
const searchTable = [
  '| locale | query | requests | KB sent | KB gzip | ms to results | results |',
  '|---|---|---|---|---|---|---|',
  ...searches.map(
    (c) =>
      `| ${c.locale} | ${c.query} | ${c.requests} | ${(c.bytes / 1024).toFixed(1)} | ${(c.gzipBytes / 1024).toFixed(1)} | ${c.msToResults} | ${c.results} |`,
  ),
].join('\n');
console.log(`First search on a cold page (250 ms debounce included)\n${searchTable}\n`);

const version = (name: string) =>
  (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}, Node ${process.version}, astro ${version('astro')}, pagefind ${version('pagefind')}, Chromium via playwright-core ${version('playwright-core')}`;
const benchDir = join(import.meta.dirname, '..', 'bench');
const scaleNotes = [
  'Synthetic entries (incentives, stories, sites; realistic lengths; valid cross-references) in all five locales, added to a copy of the real content.',
  "The cold build starts with an empty preview-image cache; its parts come from the time stamps in Astro's own log (whole seconds; bundle = Vite compiling every page and MDX entry).",
  'The rebuild then changes one story\'s title in one locale and builds again with the cache; "images re-rendered" counts new files in the cache.',
  'The first search is measured in Chromium on a cold page of the built copy (250 ms debounce included).',
].join(' ');

const rawFile = join(benchDir, 'results.json');
// Sizes measured earlier and not re-run now are kept (`--sizes=25000` re-measures just that one).
const earlier: ScaleResult[] = existsSync(rawFile) ? (JSON.parse(readFileSync(rawFile, 'utf8')) as ScaleResult[]) : [];

/** Writes bench/results.md, results.json and the chart with what has been measured so far. */
function writeResults(measured: readonly ScaleResult[], pending: readonly string[]): void {
  const results = [...earlier.filter((old) => !measured.some((r) => r.label === old.label)), ...measured].sort((a, b) => a.pages - b.pages);
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(rawFile, `${JSON.stringify(results, null, 1)}\n`);
  if (results.length) writeFileSync(join(benchDir, 'growth.svg'), growthChart(results));
  const largest = results.at(-1);
  const breakdown = largest?.search.every((s) => s.byKind)
    ? `\n### What a first search downloads at the largest size\n\n${searchBreakdown(largest)}\n`
    : '';
  const scale = results.length
    ? `\n## Build at scale\n\n${scaleNotes}\n\n${resultsTable(results)}\n${pending.length ? `\nStill running or not finished: ${pending.join(', ')}.\n` : ''}${breakdown}\n![Build and index time against pages](growth.svg)\n`
    : '';
  writeFileSync(
    join(benchDir, 'results.md'),
    `# Benchmark results\n\nMade by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}.\nMachine: ${machine}.\n\n## First search on a cold page, real site\n\n${searchTable}\n${scale}`,
  );
}

const results: ScaleResult[] = [];
if (!args.includes('--search-only')) {
  let realPages = 0;
  for (const [index, size] of sizes.entries()) {
    const entries = size === 'real' ? 0 : Math.max(0, Math.round((Number(size) - realPages) / localeCodes.length));
    const started = Date.now();
    const result = await runAtScale(browser, size === 'real' ? 'real site' : `${size} pages`, entries);
    if (size === 'real') realPages = result.pages;
    results.push(result);
    console.log(`${result.label}: ${result.pages} pages, measured in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    // Written after every size, so a long run that is stopped keeps what it measured.
    writeResults(results, sizes.slice(index + 1));
  }
  console.log(`\n${resultsTable(results)}`);
} else writeResults(results, []);
await browser.close();
console.log('\nWritten to bench/results.md');
