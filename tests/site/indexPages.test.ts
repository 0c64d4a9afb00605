/**
 * Bounded index pages on a real build: a copy of the project whose registry gives the incentives
 * index a page size of 2, built for English, so today's content makes several pages. Page 1 stays
 * at the index's address; each entry is on exactly one page; pages link to each other, have their
 * own canonical URL and title, show the first page's preview image, and are in the sitemap.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyEnv, copyProject } from '../../scripts/lib/fixtureBuild';
import { builtPages, page } from '../../scripts/lib/dist';
import { realContent } from '../helpers/realContent';

const pageSize = 2;
const entries = realContent().list('incentives', 'en').length;
const count = Math.ceil(entries / pageSize);
let root = '';
let dist = '';

beforeAll(async () => {
  root = copyProject();
  dist = join(root, 'dist');
  const registry = join(root, 'src', 'lib', 'collections.ts');
  const before = readFileSync(registry, 'utf8');
  const after = before.replace(/(route: '\/incentives\/',[^}]*?pageSize: )\d+/, `$1${pageSize}`);
  expect(after).not.toBe(before);
  writeFileSync(registry, after);
  const build = await buildCopy(
    root,
    // The preview-image cache is the main build's (content-addressed): a copy re-renders none.
    copyEnv(root, { BUILD_LOCALES: 'en', SKIP_SEARCH_INDEX: '1' }),
  );
  expect(build.status, build.output.slice(-4000)).toBe(0);
}, 600_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const pagePath = (n: number) => (n === 1 ? '/en/incentives/' : `/en/incentives/${n}/`);
const entryLinks = (path: string) =>
  page(
    path,
    dist,
  )('main a[href^="/en/incentives/"]')
    .map((_, a) => page(path, dist)(a).attr('href'))
    .get()
    .filter((href) => !/^\/en\/incentives\/(\d+\/)?$/.test(href));

describe(`the incentives index in pages of ${pageSize}`, () => {
  it('has as many pages as the entries need, the first at the index’s own address', () => {
    expect(count).toBeGreaterThan(1);
    const pages = builtPages(dist).filter((p) => /^\/en\/incentives\/(\d+\/)?$/.test(p));
    expect(pages.sort()).toEqual(Array.from({ length: count }, (_, i) => pagePath(i + 1)).sort());
    expect(existsSync(join(dist, 'en', 'incentives', '1'))).toBe(false);
  });

  it('lists every entry on exactly one page, at most the page size on each', () => {
    const all = Array.from({ length: count }, (_, i) => entryLinks(pagePath(i + 1)));
    for (const links of all) expect(links.length).toBeLessThanOrEqual(pageSize);
    const flat = all.flat();
    expect(new Set(flat).size).toBe(flat.length);
    expect(flat.length).toBe(entries);
  });

  it('links the pages in order, each with its own canonical URL and title, and the first page’s image', () => {
    for (let n = 1; n <= count; n++) {
      const $ = page(pagePath(n), dist);
      expect($('link[rel="canonical"]').attr('href')).toMatch(new RegExp(`${pagePath(n)}$`));
      expect($('a[rel="next"]').attr('href')).toBe(n < count ? pagePath(n + 1) : undefined);
      expect($('a[rel="prev"]').attr('href')).toBe(n > 1 ? pagePath(n - 1) : undefined);
      expect($('nav a[aria-current="page"]').attr('href')).toBe(pagePath(n));
      const image = new URL($('meta[property="og:image"]').attr('content') ?? '').pathname;
      expect(existsSync(join(dist, image))).toBe(true);
    }
    const titles = Array.from({ length: count }, (_, i) => page(pagePath(i + 1), dist)('title').text());
    expect(new Set(titles).size).toBe(count);
  });

  it('puts every page in the sitemap', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    for (let n = 1; n <= count; n++) expect(sitemap).toContain(`${pagePath(n)}</loc>`);
  });
});
