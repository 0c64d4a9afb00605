/**
 * `npm run bench`: speed and size figures, printed and written to bench/results.md (never
 * asserted in tests). Builds copies of the project with synthetic content at each size
 * (`--sizes real,1000,5000,25000`, the default), and measures a first search on the current
 * dist/ in every locale (`--search-only` for just that; run `npm run build` first). Sharded builds
 * (five locale shards, merged) at `--sharded=5000,25000` (the default; `--no-pairs` skips the
 * two-at-a-time run). Synthetic text is Zipf-like with the site's topical words from rank 100
 * (`--vocabulary=zipf-rank100`, the default), Zipf-like with them first (`--vocabulary=zipf`, the
 * earlier default) or the old 26 words (`--vocabulary=small`); see scripts/bench/vocabulary.ts.
 */
import { cpus, totalmem, release } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, builtPages } from '../tests/helpers/dist';
import { launchBrowser } from '../tests/helpers/browser';
import { startStaticServer } from '../tests/helpers/server';
import { measureFirstSearch, typicalQueries, type SearchCost } from './bench/searchCost';
import { runAtScale, singleBuildHeapMb, type ScaleResult } from './bench/scaleRun';
import { runSharded, shardHeapMb, type ShardedResult } from './bench/shardRun';
import { vocabularyKinds, vocabularyLabel, type VocabularyKind } from './bench/syntheticContent';
import {
  growthChart,
  largestPagesTable,
  pagefindFixedBytes,
  resultsTable,
  searchBreakdown,
  shardedTable,
  targetsSection,
} from './bench/report';
import { localeCodes } from '../src/i18n/locales';
import { ogSection, type OgBenchRow } from './bench/ogReport';
import { commandLine } from './commandLine';
import { reportTemplate } from './reportTemplate';

const { values: options } = commandLine({
  usage: `npm run bench -- [--sizes=real,1000,5000,25000] [--sharded=5000,25000] [--vocabulary=${vocabularyKinds.join('|')}] [--search-only] [--no-pairs]`,
  options: {
    sizes: { type: 'string', default: 'real,1000,5000,25000' },
    sharded: { type: 'string', default: '5000,25000' },
    vocabulary: { type: 'string', default: 'zipf-rank100' },
    'search-only': { type: 'boolean', default: false },
    'no-pairs': { type: 'boolean', default: false },
  },
});
const list = (value: string) => value.split(',').filter(Boolean);
const sizes = list(options.sizes);
const shardedSizes = list(options.sharded);
const asked = options.vocabulary;
const found = vocabularyKinds.find((kind) => kind === asked);
if (!found) throw new Error(`--vocabulary=${asked}: one of ${vocabularyKinds.join(', ')}`);
const vocabulary: VocabularyKind = found;
const browser = await launchBrowser();

// First search on a cold page, per locale, on the real site.
assertBuilt();
const server = await startStaticServer();
const searches: SearchCost[] = [];
for (const locale of localeCodes) searches.push(await measureFirstSearch(browser, server.url, locale, typicalQueries[locale]));
await server.close();
const searchTable = [
  "| locale | query | requests | KB sent | KB gzip | of which Pagefind's fixed code | ms to results | results |",
  '|---|---|---|---|---|---|---|---|',
  ...searches.map(
    (c) =>
      `| ${[c.locale, c.query, c.requests, ...[c.bytes, c.gzipBytes, pagefindFixedBytes(c)].map((b) => (b / 1024).toFixed(1)), c.msToResults, c.results].join(' | ')} |`,
  ),
].join('\n');
console.log(`First search on a cold page (250 ms debounce included)\n${searchTable}\n`);

const version = (name: string) =>
  (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const machine = [
  `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
  `${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  `Linux ${release()}`,
  `Node ${process.version}`,
  `astro ${version('astro')}`,
  `pagefind ${version('pagefind')}`,
  `Chromium via playwright-core ${version('playwright-core')}`,
].join(', ');
const benchDir = join(import.meta.dirname, '..', 'bench');
const heapGb = (mb: number) => mb / 1024;
const scaleNotes = reportTemplate(new URL('./bench/scaleNotes.md', import.meta.url), {
  heapGb: heapGb(singleBuildHeapMb),
  heapMb: singleBuildHeapMb,
});
const shardedNotes = reportTemplate(new URL('./bench/shardedNotes.md', import.meta.url), { heapGb: heapGb(shardHeapMb) });
const shardedFile = join(benchDir, 'sharded.json');
const earlierSharded: ShardedResult[] = existsSync(shardedFile) ? (JSON.parse(readFileSync(shardedFile, 'utf8')) as ShardedResult[]) : [];

const rawFile = join(benchDir, 'results.json');
// Sizes measured earlier and not re-run now are kept (`--sizes=25000` re-measures just that one).
const earlier: ScaleResult[] = existsSync(rawFile) ? (JSON.parse(readFileSync(rawFile, 'utf8')) as ScaleResult[]) : [];

/** Writes bench/results.md, results.json and the chart with what has been measured so far. */
function writeResults(
  measured: readonly ScaleResult[],
  pending: readonly string[],
  measuredSharded: readonly ShardedResult[] = [],
  pendingSharded: readonly string[] = [],
): void {
  const results = [...earlier.filter((old) => !measured.some((r) => r.label === old.label)), ...measured].sort((a, b) => a.pages - b.pages);
  const sharded = [...earlierSharded.filter((old) => !measuredSharded.some((r) => r.label === old.label)), ...measuredSharded].sort(
    (a, b) => a.pages - b.pages,
  );
  if (sharded.length) writeFileSync(shardedFile, `${JSON.stringify(sharded, null, 1)}\n`);
  const largestSharded = sharded.at(-1)?.search.every((s) => s.byKind) ? sharded.at(-1) : undefined;
  const shardedSection = sharded.length
    ? [
        `\n## Sharded builds\n\nCommand: \`npm run bench -- --sizes= --sharded=${sharded.map((r) => r.label.split(' ')[0]).join(',')}\`.\n`,
        sharded.map((r) => `\n- ${r.label}: measured ${r.measuredOn ?? '(date not recorded)'} on ${r.machine ?? machine}.`).join(''),
        `\n\n${shardedNotes}\n\n${shardedTable(sharded, results)}\n`,
        pendingSharded.length ? `\nStill running or not finished: ${pendingSharded.join(', ')} (sharded).\n` : '',
        largestSharded ? `\n### What a first search downloads at the largest sharded size\n\n${searchBreakdown(largestSharded)}\n` : '',
        sharded.at(-1)?.largestPages?.length
          ? `\n### Largest page per template, merged shards\n\n${largestPagesTable(sharded.at(-1)!)}\n`
          : '',
      ].join('')
    : '';
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(rawFile, `${JSON.stringify(results, null, 1)}\n`);
  if (results.length) writeFileSync(join(benchDir, 'growth.svg'), growthChart(results));
  const largest = results.at(-1);
  const breakdown = largest?.search.every((s) => s.byKind)
    ? `\n### What a first search downloads at the largest size\n\n${searchBreakdown(largest)}\n`
    : '';
  // Pages must stay under 50 KB gzip at any size: the largest of each template at the largest size measured.
  const withPages = results.filter((r) => r.largestPages?.length).at(-1);
  const pageWeights = withPages ? `\n### Largest page per template\n\n${largestPagesTable(withPages)}\n` : '';
  const scale = results.length
    ? [
        `\n## Build at scale\n\n${scaleNotes}\n\n${resultsTable(results)}\n`,
        pending.length ? `\nStill running or not finished: ${pending.join(', ')}.\n` : '',
        `${breakdown}${pageWeights}\n![Build and index time against pages](growth.svg)\n`,
      ].join('')
    : '';
  // The targets, from the largest runs of the text measured last (the current default unless told).
  const at25000 = (label: string) => label.startsWith('25000 pages') && label.endsWith(vocabularyLabel[vocabulary]);
  const targets = `\n## Issue 23's targets at 25,000 pages\n\n${targetsSection(
    results.find((r) => at25000(r.label)),
    sharded.find((r) => at25000(r.label)),
  )}\n`;
  writeFileSync(
    join(benchDir, 'results.md'),
    [
      `# Benchmark results\n\nMade by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}.\nMachine: ${machine}.\n${targets}\n`,
      `## First search on a cold page, real site\n\n${searchTable}\n${scale}${shardedSection}`,
      // Measured by `npm run bench:og`, kept as it is.
      existsSync(join(benchDir, 'og.json'))
        ? `\n${ogSection(JSON.parse(readFileSync(join(benchDir, 'og.json'), 'utf8')) as OgBenchRow[])}`
        : '',
    ].join(''),
  );
}

const results: ScaleResult[] = [];
if (!options['search-only']) {
  let realPages = 0;
  for (const [index, size] of sizes.entries()) {
    const entries = size === 'real' ? 0 : Math.max(0, Math.round((Number(size) - realPages) / localeCodes.length));
    const started = Date.now();
    const label = size === 'real' ? 'real site' : `${size} pages${vocabularyLabel[vocabulary]}`;
    const result = { ...(await runAtScale(browser, label, entries, vocabulary)), measuredOn: new Date().toISOString().slice(0, 10) };
    if (size === 'real') realPages = result.pages;
    results.push(result);
    console.log(`${result.label}: ${result.pages} pages, measured in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    // Written after every size, so a long run that is stopped keeps what it measured.
    writeResults(results, sizes.slice(index + 1));
  }
  console.log(`\n${resultsTable(results)}`);
} else writeResults(results, []);

const sharded: ShardedResult[] = [];
if (!options['search-only']) {
  // Entries per locale as for the single builds: the size counts the real site's pages too.
  const realPages = builtPages().length;
  for (const [index, size] of shardedSizes.entries()) {
    const started = Date.now();
    const entries = Math.max(0, Math.round((Number(size) - realPages) / localeCodes.length));
    const label = `${size} pages, sharded${vocabularyLabel[vocabulary]}`;
    console.log(`${label}: building…`);
    const result = await runSharded(browser, label, entries, { vocabulary, pairs: !options['no-pairs'] });
    sharded.push({ ...result, machine, measuredOn: new Date().toISOString().slice(0, 10) });
    console.log(`  result ${JSON.stringify(sharded.at(-1))}`);
    console.log(`${label}: measured in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    writeResults(results, [], sharded, shardedSizes.slice(index + 1));
  }
}
await browser.close();
console.log('\nWritten to bench/results.md');
