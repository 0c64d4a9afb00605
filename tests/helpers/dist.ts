/** Reading a built site (dist/ by default) for the site tests and the audit. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { pageRoutes } from '../../src/lib/routing/routes';

export const distDir = join(import.meta.dirname, '..', '..', 'dist');

export function assertBuilt(root = distDir): void {
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root} has no index.html: run \`npm run build\` first (npm test does it for you)`);
}

/** The content editor (Decap CMS): a tool for editors, not a page of the site. */
export const editorPath = '/admin/';

/**
 * Every HTML file of a built site, as site paths (`/en/districts/xuhui/`, `/404.html`). The
 * content editor under /admin/ is left out: the site tests, the search index and the audit hold
 * readers' pages to their budgets, links and axe; the editor is a third-party app with its own
 * CSP (tests/browser/admin.test.ts) and its weight is reported apart (npm run audit:site).
 */
export function builtPages(root = distDir): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.html') ? [path] : [];
    });
  return (
    walk(root)
      .map((file) => `/${relative(root, file).split(sep).join('/')}`)
      .map((path) => path.replace(/index\.html$/, ''))
      .filter((path) => !path.startsWith(editorPath))
      // The host's copy of a locale's not-found page (src/integrations/hostFiles.ts), not a page of its own.
      .filter((path) => !/^\/[^/]+\/404\.html$/.test(path))
      .sort()
  );
}

/** The file a site path is served from, or null when there is none. */
export function fileFor(sitePath: string, root = distDir): string | null {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/') ? [join(root, clean, 'index.html')] : [join(root, clean), join(root, clean, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

const cache = new Map<string, CheerioAPI>();

/** The parsed HTML of a built page. */
export function page(sitePath: string, root = distDir): CheerioAPI {
  const key = `${root}|${sitePath}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const file = fileFor(sitePath, root);
  if (!file) throw new Error(`no built page for ${sitePath}`);
  const $ = load(readFileSync(file, 'utf8'));
  cache.set(key, $);
  return $;
}

/** The routes of the pages that are not a collection's (routes.ts): each is a template of its own. */
const ownTemplates = new Set<string>(Object.values(pageRoutes));

/** Whether a built page is one of routes.ts's pages (`/en/districts/compare/`), not an entry, whatever its address looks like. */
export function isPageOfRoutes(sitePath: string): boolean {
  return ownTemplates.has(sitePath.replace(/^\/[^/]+/, ''));
}

/**
 * The template a page is built from, as a key shared by its siblings: the locale prefix becomes
 * `{lang}` and an entry's slug below a section becomes `*` (`/{lang}/districts/*`), so every
 * district page is one template and a new entry adds no key. A page of routes.ts under a section
 * (`/{lang}/districts/compare/`) keeps its own address: it is not an entry of that section.
 */
export function templateOf(sitePath: string): string {
  const parts = sitePath.split('/').filter(Boolean);
  if (parts.length === 0 || parts[0]?.includes('.')) return sitePath;
  const [, ...rest] = parts;
  const route = `/${rest.map((p) => `${p}/`).join('')}`;
  if (ownTemplates.has(route)) return `/{lang}${route}`;
  const shape = rest.length >= 2 ? [...rest.slice(0, -1), '*'] : rest;
  return `/{lang}/${shape.map((p) => `${p}/`).join('')}`;
}

/**
 * One page per template and locale (the first in sorted order): what `npm test` audits, so its
 * time grows with the templates and locales, not with the pages. `npm run audit:site` sweeps
 * every page.
 */
export function samplePages(root = distDir): string[] {
  const seen = new Set<string>();
  return builtPages(root).filter((path) => {
    const locale = path.split('/')[1] ?? '';
    const key = `${locale.includes('.') ? '' : locale}|${templateOf(path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One page per template, the locales taking turns, and every locale's home page: what `npm test`
 * runs axe on in Chromium (about a second a page on a loaded 2-core machine, so a page per
 * template and locale took three minutes of the six the suite may take). A template's markup is
 * the same in every locale; what differs (strings, `lang`, fonts) is checked on every page by the
 * site tests, and `npm run audit:site` runs axe on every page of every locale, in CI too.
 */
export function templateSample(root = distDir): string[] {
  const pages = samplePages(root);
  const locales = [...new Set(pages.map((path) => path.split('/')[1] ?? '').filter((part) => part && !part.includes('.')))].sort();
  const byTemplate = new Map<string, string[]>();
  for (const path of pages) byTemplate.set(templateOf(path), [...(byTemplate.get(templateOf(path)) ?? []), path]);
  const picked = [...byTemplate.values()].map((paths, i) => {
    const locale = locales[i % Math.max(locales.length, 1)];
    return paths.find((path) => path.split('/')[1] === locale) ?? paths[0]!;
  });
  const homes = locales.map((locale) => `/${locale}/`).filter((path) => pages.includes(path));
  return [...new Set([...picked, ...homes])].sort();
}
