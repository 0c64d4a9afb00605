/**
 * A rebuild after one changed entry redoes only that entry's work: on a copy of the project
 * (English pages, its own build cache), a second build after one incentive's title changed
 * renders that one MDX body again (the content store keeps the others), draws one new preview
 * image, the entry's, and no QR code. Caches are what CI keeps between runs (build.yml).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyEnv, copyProject } from '../../scripts/lib/fixtureBuild';
import { page } from '../../scripts/lib/dist';
import { buildCacheDir } from '../../src/lib/buildCache';
import { collectionNames } from '../../src/lib/schemas';

let root = '';
let cache = '';
let slug = '';
let newTitle = '';
const before: Record<'og' | 'qr', Set<string>> = { og: new Set(), qr: new Set() };
let rebuildLog = '';

const files = (dir: string) => new Set(readdirSync(dir).filter((name) => !name.endsWith('.tmp')));
const added = (dir: string, earlier: Set<string>) => [...files(dir)].filter((name) => !earlier.has(name));

beforeAll(async () => {
  root = copyProject();
  cache = join(root, '.build-cache');
  const env = copyEnv(root, { BUILD_LOCALES: 'en', SKIP_SEARCH_INDEX: '1', BUILD_CACHE_DIR: cache });
  const first = await buildCopy(root, env);
  expect(first.status, first.output.slice(-4000)).toBe(0);
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

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a rebuild after one changed entry', () => {
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
