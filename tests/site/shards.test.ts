/**
 * The real site built as locale shards and merged equals the site built once, file for file and
 * byte for byte: pages, preview images, QR codes, Pagefind bundles, sitemap and host files.
 *
 * `npm test` builds one shard (SHARD_TEST_LOCALES, default `th`: a locale with its own script,
 * which loads English as well, for the entries it shows in English) and compares it with the
 * build the suite already made (dist/), restricted to what that locale writes. A second shard
 * (English) cost 30 CPU-seconds of a suite that is bound by its CPU. The workflow
 * .github/workflows/shards.yml runs the same test over every locale (SHARD_TEST_LOCALES=all),
 * nightly and when the build code changes.
 *
 * Normalised: nothing. A shard writes the same bytes as the full build for every file it writes
 * (Vite's hashed /_astro/ bundles do not depend on which pages are built; Pagefind's output is
 * deterministic for the same pages; every shard's sitemap lists every locale's pages, and its
 * /data/datapackage.json every locale's files), so any difference is a real one. The shards
 * build in a copy of the project, two at a time as CI has 2 cores, reading the preview images
 * and QR codes the full build drew from its content-addressed cache.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyEnv, copyProject } from '../helpers/fixtureBuild';
import { listFiles } from '../../scripts/build-merge';
import { assertBuilt, distDir } from '../helpers/dist';
import { buildLocales } from '../../src/i18n/buildLocales';
import { localeCodes } from '../../src/i18n/locales';
import { contentCatalogue } from '../../src/lib/content/catalogue';
import { collectionNames } from '../../src/lib/content/schemas';
import { shownEnglish } from '../../src/lib/content/translationCurrent';

const catalogue = contentCatalogue(join(import.meta.dirname, '..', '..'));
const catalogueEntries = collectionNames.flatMap((name) => catalogue[name]);

/** Runs a command without blocking vitest's worker (a build takes a minute or more). */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

const requested = process.env.SHARD_TEST_LOCALES ?? 'th';
const codes = requested === 'all' ? [...localeCodes] : buildLocales(requested);
const others = localeCodes.filter((code) => !codes.includes(code));
/** A file that belongs to one of `locales`: its pages, preview images, QR codes, search bundle or open data. */
const ofLocales = (file: string, locales: readonly string[]) =>
  locales.some((code) =>
    [`${code}/`, `og/${code}/`, `qr/${code}/`, `pagefind/${code}/`, `data/${code}/`].some((prefix) => file.startsWith(prefix)),
  );

let root = '';
let merged = '';

beforeAll(async () => {
  assertBuilt();
  root = copyProject();
  merged = join(root, 'merged');
  const shards = await run(
    'npx',
    // The script of this checkout, run in the copy (which holds only what a build reads).
    [
      'tsx',
      join(import.meta.dirname, '..', '..', 'scripts', 'build-shards.ts'),
      '--jobs',
      '2',
      '--locales',
      codes.join(','),
      '--out',
      merged,
    ],
    root,
    // The main build's preview-image and QR cache (content-addressed, so the bytes are the same
    // as drawn afresh; tests/site/indexPages.test.ts checks a rebuild against a cache of its own).
    copyEnv(root),
  );
  expect(shards.status, shards.output.slice(-4000)).toBe(0);
}, 900_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe(`locale shards ${codes.join(', ')}, merged`, () => {
  it('each shard wrote its own locale’s pages and search bundle only', () => {
    for (const code of codes) {
      const files = listFiles(join(root, '.shards', code, 'dist'));
      const notMine = localeCodes.filter((other) => other !== code);
      expect(files.some((f) => f.startsWith(`${code}/`))).toBe(true);
      expect(files.some((f) => f.startsWith(`pagefind/${code}/`))).toBe(true);
      expect(files.filter((f) => ofLocales(f, notMine))).toEqual([]);
    }
  });

  it('each shard loaded the content of its own locale and English only, and compiled no MDX module', () => {
    for (const code of codes) {
      // The shard's content store (scripts/build-shards.ts gives each its own): one entry per loaded file.
      const store = readFileSync(join(root, '.astro-cache', 'shards', code, 'data-store.json'), 'utf8');
      const folders = new Set([...store.matchAll(/"src\/content\/[^/]+\/([^/]+)\//g)].map((m) => m[1]));
      expect([...folders].sort()).toEqual([...new Set(['en', code])].sort());
      // Bodies rendered (one "html" per entry in the store): the shard's own, and English only
      // where it stands in for a missing or outdated translation of a locale the shard builds.
      const own = codes.includes('en') && code === 'en' ? [] : catalogueEntries.filter((e) => e.id.startsWith(`${code}/`));
      const english = collectionNames.reduce((n, name) => n + shownEnglish(catalogue[name], [code]).size, 0);
      expect(store.match(/"html":/g)?.length ?? 0).toBe(own.length + english);
      // Astro's list of the MDX modules the build bundles: none, the bodies were rendered at content sync.
      const modules = readFileSync(join(root, '.shards', code, '.astro', 'content-modules.mjs'), 'utf8');
      expect(modules).not.toContain('src/content/');
    }
  });

  it('have the same file list as one build of the whole site, for their locales', () => {
    expect(listFiles(merged)).toEqual(listFiles(distDir).filter((file) => !ofLocales(file, others)));
  });

  it('have the same bytes in every file', () => {
    const differing = listFiles(merged).filter((file) => !readFileSync(join(merged, file)).equals(readFileSync(join(distDir, file))));
    expect(differing).toEqual([]);
  });
});
