/** Reading the built site in dist/ for the site tests. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export const distDir = join(import.meta.dirname, '..', '..', 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does it for you)');
}

/** Every HTML file in dist/, as site paths (`/en/districts/xuhui/`, `/404.html`). */
export function builtPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.html') ? [path] : [];
    });
  return walk(distDir)
    .map((file) => `/${relative(distDir, file).split(sep).join('/')}`)
    .map((path) => path.replace(/index\.html$/, ''))
    .sort();
}

/** The file a site path is served from, or null when there is none. */
export function fileFor(sitePath: string): string | null {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/')
    ? [join(distDir, clean, 'index.html')]
    : [join(distDir, clean), join(distDir, clean, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

const cache = new Map<string, CheerioAPI>();

/** The parsed HTML of a built page. */
export function page(sitePath: string): CheerioAPI {
  const cached = cache.get(sitePath);
  if (cached) return cached;
  const file = fileFor(sitePath);
  if (!file) throw new Error(`no built page for ${sitePath}`);
  const $ = load(readFileSync(file, 'utf8'));
  cache.set(sitePath, $);
  return $;
}
