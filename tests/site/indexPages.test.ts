/**
 * One English copy of the project (a build costs tens of seconds, so it serves two checks):
 *
 * Bounded index pages on a real build: the copy's collection metadata gives the incentives index a page size
 * of 2, so today's content makes several pages. Page 1 stays at the index's address; each entry
 * is on exactly one page; pages link to each other, have their own canonical URL and title, show
 * the first page's preview image, and are in the sitemap.
 *
 * A rebuild after one changed entry redoes only that entry's work: built again, with its own build
 * cache, after one incentive's title changed, the copy renders that one MDX body again (the
 * content store keeps the others), draws one new preview image, the entry's, and no QR code.
 * Caches are what CI keeps between runs (build.yml).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyEnv, copyProject } from '../helpers/fixtureBuild';
import { builtPages, page } from '../helpers/dist';
import { realContent } from '../helpers/realContent';
import { buildCacheDir } from '../../src/lib/media/buildCache';
import { collectionNames } from '../../src/lib/content/schemas';

const pageSize = 2;
const entries = realContent().list('incentives', 'en').length;
const count = Math.ceil(entries / pageSize);
let root = '';
let dist = '';
let env: NodeJS.ProcessEnv = {};
let cache = '';

beforeAll(async () => {
  root = copyProject();
  dist = join(root, 'dist');
  const registry = join(root, 'src', 'lib', 'collections', 'metadata.ts');
  const before = readFileSync(registry, 'utf8');
  const after = before.replace(/(route: '\/incentives\/',[^}]*?pageSize: )\d+/, `$1${pageSize}`);
  expect(after).not.toBe(before);
  writeFileSync(registry, after);
  // A build cache of its own, so the rebuild below can count what it adds.
  cache = join(root, '.build-cache');
  env = copyEnv(root, { BUILD_LOCALES: 'en', SKIP_SEARCH_INDEX: '1', BUILD_CACHE_DIR: cache });
  const build = await buildCopy(root, env);
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

const files = (dir: string) => new Set(readdirSync(dir).filter((name) => !name.endsWith('.tmp')));
const added = (dir: string, earlier: Set<string>) => [...files(dir)].filter((name) => !earlier.has(name));
let slug = '';
let newTitle = '';
const before: Record<'og' | 'qr', Set<string>> = { og: new Set(), qr: new Set() };
let rebuildLog = '';

describe('a rebuild after one changed entry', () => {
  beforeAll(async () => {
    before.og = files(buildCacheDir('og-images', cache));
    before.qr = files(buildCacheDir('qr-codes', cache));
    const folder = join(root, 'src', 'content', 'incentives', 'en');
    const file = join(folder, readdirSync(folder).sort()[0]!);
    slug = basename(file, '.mdx');
    const text = readFileSync(file, 'utf8');
    const title = /^title: (.+)$/m.exec(text)![1]!;
    newTitle = `${title.slice(0, 50)} (rebuilt)`;
    writeFileSync(file, text.replace(/^title: .+$/m, `title: ${newTitle}`));
    const second = await buildCopy(root, env, { log: true });
    expect(second.status, second.output.slice(-4000)).toBe(0);
    rebuildLog = second.output;
  }, 600_000);

  it('renders only that entry’s body again; the content store keeps every other one', () => {
    for (const name of collectionNames) {
      const line = new RegExp(`src/content/${name}: (\\d+) (?:body|bodies) rendered, (\\d+) unchanged`).exec(rebuildLog);
      expect(line, `no content-sync line for ${name} in:\n${rebuildLog.slice(0, 3000)}`).not.toBeNull();
      expect(Number(line![1]), name).toBe(name === 'incentives' ? 1 : 0);
      expect(Number(line![2]), name).toBeGreaterThan(0);
    }
  });

  it('draws one new preview image, the changed entry’s, and no new QR code', () => {
    const images = added(buildCacheDir('og-images', cache), before.og);
    expect(images).toHaveLength(1);
    const served = readFileSync(join(root, 'dist', 'og', 'en', 'incentives', `${slug}.png`));
    expect(readFileSync(join(buildCacheDir('og-images', cache), images[0]!)).equals(served)).toBe(true);
    expect(added(buildCacheDir('qr-codes', cache), before.qr)).toEqual([]);
  });

  it('publishes the change', () => {
    expect(page(`/en/incentives/${slug}/`, join(root, 'dist'))('h1').text()).toContain(newTitle);
  });
});
