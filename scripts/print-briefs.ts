/**
 * `npm run print:briefs`: every brief (an entry page of a collection marked `brief` in
 * src/lib/collections/metadata.ts) in every locale, printed by Chromium to A4 against the built
 * site and checked on paper as tests/browser/print.test.ts checks one per collection
 * (tests/helpers/briefs.ts): pages, title, sources and dates, address, QR code, no chrome. Prints
 * and writes (reports/print-briefs.md unless --out) a table of pages per collection and locale,
 * ends with `N passed, N failed` and exits 1 when a brief fails. Run `npm run build` first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt } from '../tests/helpers/dist';
import { launchBrowser } from '../tests/helpers/browser';
import { startStaticServer } from '../tests/helpers/server';
import { briefPages, maxBriefPages, printBrief, type Brief, type PrintedBrief } from '../tests/helpers/briefs';
import { localeCodes } from '../src/i18n/locales';
import { commandLine } from './commandLine';
import { reportTemplate } from './reportTemplate';

const { values: options } = commandLine({
  usage: 'npm run print:briefs -- [--out reports] [--tabs 2]',
  options: { out: { type: 'string', default: 'reports' }, tabs: { type: 'string', default: '2' } },
});

assertBuilt();
const briefs = briefPages();
const server = await startStaticServer();
const browser = await launchBrowser();
const context = await browser.newContext();
const started = performance.now();

// A few tabs at once: Chromium lays out and prints one while pdf.js reads another here.
const results = new Map<Brief, PrintedBrief>();
const queue = [...briefs];
await Promise.all(
  Array.from({ length: Math.max(1, Number(options.tabs)) }, async () => {
    const tab = await context.newPage();
    for (let brief = queue.shift(); brief; brief = queue.shift()) {
      const printed = await printBrief(tab, `${server.url}${brief.path}`, { javaScript: true });
      results.set(brief, printed);
      console.log(`${brief.path.padEnd(56)}${printed.pages} page(s)${printed.problems.length ? `  ${printed.problems.join('; ')}` : ''}`);
    }
    await tab.close();
  }),
);
await browser.close();
await server.close();
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
const collections = [...new Set(briefs.map((b) => b.collection))];
const pagesOf = (collection: string, locale: string) =>
  briefs.filter((b) => b.collection === collection && b.locale === locale).map((b) => results.get(b)!.pages);
const cell = (pages: number[]) =>
  pages.length === 0 ? '–' : Math.min(...pages) === Math.max(...pages) ? `${pages[0]}` : `${Math.min(...pages)}–${Math.max(...pages)}`;
const table = [
  row(['collection', 'briefs', ...localeCodes]),
  row(['---', '---:', ...localeCodes.map(() => '---:')]),
  ...collections.map((collection) =>
    row([
      collection,
      new Set(briefs.filter((b) => b.collection === collection).map((b) => b.route)).size,
      ...localeCodes.map((locale) => cell(pagesOf(collection, locale))),
    ]),
  ),
].join('\n');
const entries = [
  row(['page', 'A4 pages', 'problems']),
  row(['---', '---:', '---']),
  ...briefs.map((b) => row([`\`${b.path}\``, results.get(b)!.pages, results.get(b)!.problems.join('; ') || 'none'])),
].join('\n');
const failed = briefs.filter((b) => results.get(b)!.problems.length > 0).length;

const report = reportTemplate(new URL('./print-briefs.md', import.meta.url), {
  briefs: briefs.length,
  seconds,
  maxPages: maxBriefPages,
  table,
  entries,
});
mkdirSync(options.out, { recursive: true });
writeFileSync(join(options.out, 'print-briefs.md'), `${report}\n`);
console.log(`\n${table}\n\nwritten to ${join(options.out, 'print-briefs.md')} (${seconds} s)`);
console.log(`${briefs.length - failed} passed, ${failed} failed`);
if (failed > 0) process.exit(1);
