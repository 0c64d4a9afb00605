/**
 * What a page costs over the wire (gzip), images aside: its HTML, its stylesheets and the
 * JavaScript it loads at start (module scripts and their static imports; a dynamic `import()`
 * such as Pagefind's, loaded only when the reader searches, is not counted).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';
import { distDir, fileFor, page } from '../../tests/helpers/dist';

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

export const budgets = {
  /** Bytes (gzip) for a content page: HTML, CSS and JS together. */
  page: 50 * 1024,
  /** Bytes (gzip) of start-up JavaScript on any page but search. */
  js: 5 * 1024,
};

/** Pages allowed more JavaScript than the budget: the search page needs its UI. */
export const isSearchPage = (path: string): boolean => /\/search\/$/.test(path);

export const gzipped = (file: string): number => gzipSync(readFileSync(file)).length;

/** Static imports of an ES module (`import "./x.js"`, `from "./x.js"`), resolved to site paths. */
function staticImports(sitePath: string, root: string): string[] {
  const file = fileFor(sitePath, root);
  if (!file) return [];
  const source = readFileSync(file, 'utf8');
  const found = [...source.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[^'"();]*?\s*from\s*)?["']([^"']+\.js)["']/g)].map(
    (m) => m[1] ?? '',
  );
  return found.map((spec) => (spec.startsWith('/') ? spec : posix.join(posix.dirname(sitePath), spec)));
}

export function pageWeight(path: string, root = distDir): PageWeight {
  const $ = page(path, root);
  const htmlFile = fileFor(path, root);
  const html = htmlFile ? gzipped(htmlFile) : 0;
  const local = (href: string | undefined): href is string => Boolean(href && href.startsWith('/') && !href.startsWith('//'));
  const css = $('link[rel="stylesheet"]')
    .toArray()
    .map((el) => $(el).attr('href'))
    .filter(local)
    .reduce((sum, href) => sum + (fileFor(href, root) ? gzipped(fileFor(href, root)!) : 0), 0);

  const seen = new Set<string>();
  const queue = $('script[src]')
    .toArray()
    .map((el) => $(el).attr('src'))
    .filter(local);
  while (queue.length) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...staticImports(next, root));
  }
  const js = [...seen].reduce((sum, src) => sum + (fileFor(src, root) ? gzipped(fileFor(src, root)!) : 0), 0);
  return { path, html, css, js, total: html + css + js };
}

/** Budget breaches of one page, as sentences naming the page. */
export function budgetProblems(weight: PageWeight): string[] {
  const problems: string[] = [];
  if (weight.total > budgets.page)
    problems.push(`${weight.path}: ${(weight.total / 1024).toFixed(1)} KB over the wire, budget ${budgets.page / 1024} KB`);
  if (!isSearchPage(weight.path) && weight.js > budgets.js)
    problems.push(`${weight.path}: ${(weight.js / 1024).toFixed(1)} KB of JavaScript, budget ${budgets.js / 1024} KB`);
  return problems;
}
