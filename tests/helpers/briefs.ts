/**
 * Briefs on paper. A brief is an entry page of a collection marked `brief` in
 * src/lib/collections/metadata.ts (the page's <article data-brief="<collection>">); printed to A4
 * by Chromium, it must fit on two pages and carry its title, its sources with their dates, when
 * its facts were last checked, its address and QR code, and (with JavaScript) the date it was
 * printed, and no navigation, search, share buttons or footer. tests/browser/print.test.ts prints
 * a sample (`briefSample`); `npm run print:briefs` prints every brief.
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import type { Page } from 'playwright-core';
import { builtPages, distDir, fileFor } from './dist';
import { paperHas, readPaper } from './paper';

export const maxBriefPages = 2;

export interface Brief {
  path: string;
  collection: string;
  locale: string;
  /** The path without its locale prefix: the same brief in every locale. */
  route: string;
  /** Characters of text in its article: how long it may print. */
  textLength: number;
}

/** Every brief of a built site, in path order. */
export function briefPages(root = distDir): Brief[] {
  return builtPages(root).flatMap((path) => {
    const html = readFileSync(fileFor(path, root)!, 'utf8');
    if (!html.includes('data-brief=')) return [];
    const article = load(html)('article[data-brief]');
    const collection = article.attr('data-brief');
    if (!collection) return [];
    const [, locale = '', ...rest] = path.split('/');
    return [{ path, collection, locale, route: `/${rest.join('/')}`, textLength: article.text().length }];
  });
}

/** Per collection, the route whose pages hold the most text over all locales: its brief likeliest to run long. */
export function longestBriefs(briefs: readonly Brief[]): Map<string, string> {
  const totals = new Map<string, Map<string, number>>();
  for (const brief of briefs) {
    const routes = totals.get(brief.collection) ?? new Map<string, number>();
    routes.set(brief.route, (routes.get(brief.route) ?? 0) + brief.textLength);
    totals.set(brief.collection, routes);
  }
  return new Map([...totals].map(([collection, routes]) => [collection, [...routes].sort((a, b) => b[1] - a[1])[0]![0]]));
}

/**
 * The briefs `npm test` prints: in each locale the brief with the most text there (the likeliest
 * to run past two pages in that script), with JavaScript; and each collection's longest brief
 * (`longestBriefs`) in a locale taking turns, with JavaScript off, so every collection's template
 * is on paper too. `npm run print:briefs` prints every brief of every locale.
 */
export function briefSample(briefs: readonly Brief[], locales: readonly string[]): Array<Brief & { javaScript: boolean }> {
  const most = (list: Brief[]) => [...list].sort((a, b) => b.textLength - a.textLength || a.path.localeCompare(b.path))[0];
  const perLocale = locales.flatMap((locale) => {
    const brief = most(briefs.filter((b) => b.locale === locale));
    return brief ? [{ ...brief, javaScript: true }] : [];
  });
  const perCollection = [...longestBriefs(briefs)].flatMap(([collection, route], i) => {
    const locale = locales[i % locales.length];
    const brief = briefs.find((b) => b.collection === collection && b.route === route && b.locale === locale);
    return brief ? [{ ...brief, javaScript: false }] : [];
  });
  return [...perLocale, ...perCollection];
}

export interface PrintedBrief {
  pages: number;
  /** The label of the visible "Print or save as PDF" button, or null when there is none. */
  button: string | null;
  /** What is wrong on paper (empty when nothing is). */
  problems: string[];
}

/**
 * What the page says it should print: read from the page itself after printing. No named
 * functions inside: tsx (scripts/print-briefs.ts) would wrap them in a helper the page lacks.
 */
function expectedOnPaper() {
  const [title, sourcesHeading, lastChecked, printedOn, ...chrome] = [
    'h1',
    '#sources-heading',
    '[data-print-address] time',
    '[data-printed-on]',
    // Labels of what paper must leave out: share buttons, the print button, the footer's note.
    '[data-copy-link]',
    '[data-print]',
    '#share-heading',
    'footer p',
  ].map((selector) => document.querySelector(selector)?.textContent?.trim() ?? '');
  return {
    title: title ?? '',
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
    sourcesHeading: sourcesHeading ?? '',
    sources: [...document.querySelectorAll('li[id^="source-"] > :first-child')].map((el) => el.textContent?.trim() ?? ''),
    sourceDates: [...document.querySelectorAll('li[id^="source-"] time')].map((el) => el.textContent?.trim() ?? ''),
    lastChecked: lastChecked ?? '',
    printedOn: printedOn ?? '',
    chrome: chrome.filter(Boolean),
  };
}

/** Chrome that must not show in print: header (menus, search, language picker), navigation, forms, footer, share and print buttons. */
const chromeSelectors = ['header', 'nav', 'form', 'footer', '[data-share-panel]', '[data-copy-link]', '[data-print]'];

/**
 * Prints the page at `url` (already open in `tab` or not) on A4 and checks the paper. With
 * `javaScript` false the tab's context must have JavaScript off: no print button, no print date.
 */
export async function printBrief(tab: Page, url: string, options: { javaScript: boolean; qr?: boolean }): Promise<PrintedBrief> {
  await tab.goto(url);
  const printButton = tab.locator('[data-print]');
  const button = (await printButton.isVisible()) ? ((await printButton.textContent())?.trim() ?? '') : null;
  const pdf = await tab.pdf({ format: 'A4' });
  const expected = await tab.evaluate(expectedOnPaper);
  await tab.emulateMedia({ media: 'print' });
  const chromeShown: string[] = [];
  for (const selector of chromeSelectors) if (await tab.locator(selector).first().isVisible()) chromeShown.push(selector);
  const qrShown = await tab.locator('[data-print-address] svg').isVisible();
  await tab.emulateMedia({ media: null });

  const paper = await readPaper(pdf, { qr: options.qr });
  const problems: string[] = [];
  const needs = (what: string, text: string) => {
    if (!text) problems.push(`the page has no ${what}`);
    else if (!paperHas(paper.text, text)) problems.push(`${what} "${text}" is not on paper`);
  };
  if (paper.pages > maxBriefPages) problems.push(`${paper.pages} A4 pages (at most ${maxBriefPages})`);
  needs('title', expected.title);
  needs('sources heading', expected.sourcesHeading);
  if (expected.sources.length === 0) problems.push('the page lists no sources');
  expected.sources.forEach((title, i) => needs(`source ${i + 1}`, title));
  expected.sourceDates.forEach((date) => needs('source date', date));
  needs('last-checked date', expected.lastChecked);
  needs('address', expected.canonical);
  if (options.qr !== false && paper.qr !== expected.canonical)
    problems.push(`the QR code at the top right of page 1 reads ${JSON.stringify(paper.qr)}, not ${expected.canonical}`);
  if (!qrShown) problems.push('the QR code is hidden in print');
  for (const selector of chromeShown) problems.push(`${selector} shows in print`);
  for (const label of expected.chrome) if (paperHas(paper.text, label)) problems.push(`"${label}" is on paper`);
  if (options.javaScript) {
    if (button === null) problems.push('no "Print or save as PDF" button');
    needs('print date', expected.printedOn);
  } else {
    if (button !== null) problems.push(`a print button without JavaScript: "${button}"`);
    if (expected.printedOn) problems.push(`a print date without JavaScript: "${expected.printedOn}"`);
  }
  return { pages: paper.pages, button, problems };
}
