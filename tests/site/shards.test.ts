/**
 * The real site built as five locale shards and merged equals the site built once, file for file
 * and byte for byte: pages, preview images, QR codes, Pagefind bundles, sitemap and host files.
 *
 * Normalised: nothing. A shard writes the same bytes as the full build for every file it writes
 * (Vite's hashed /_astro/ bundles do not depend on which pages are built; Pagefind's output is
 * deterministic for the same pages; every shard's sitemap lists every locale's pages), so any
 * difference is a real one. Builds run in a copy of the project, two shards at a time as CI has
 * 2 cores, each shard and the full build with an empty preview-image cache of its own, so the
 * images are rendered by both rather than read from one cache.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyEnv, copyProject } from '../../scripts/lib/fixtureBuild';
import { listFiles } from '../../scripts/build-merge';
import { localeCodes } from '../../src/i18n/locales';

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

const root = copyProject();
const merged = join(root, 'merged');
const whole = join(root, 'dist');

beforeAll(async () => {
  const shards = await run(
    'npx',
    ['tsx', 'scripts/build-shards.ts', '--jobs', '2', '--out', merged],
    root,
    copyEnv(root, { OG_IMAGE_CACHE_DIR: join(root, '.og-shards') }),
  );
  expect(shards.status, shards.output.slice(-4000)).toBe(0);
  const full = await run('npx', ['astro', 'build', '--silent'], root, copyEnv(root, { OG_IMAGE_CACHE_DIR: join(root, '.og-full') }));
  expect(full.status, full.output.slice(-4000)).toBe(0);
}, 900_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('five locale shards, merged', () => {
  it('each shard wrote its own locale’s pages and search bundle only', () => {
    for (const code of localeCodes) {
      const files = listFiles(join(root, '.shards', code, 'dist'));
      const others = localeCodes.filter((other) => other !== code);
      expect(files.some((f) => f.startsWith(`${code}/`))).toBe(true);
      expect(files.some((f) => f.startsWith(`pagefind/${code}/`))).toBe(true);
      expect(
        files.filter((f) =>
          others.some((other) => [`${other}/`, `og/${other}/`, `qr/${other}/`, `pagefind/${other}/`].some((p) => f.startsWith(p))),
        ),
      ).toEqual([]);
    }
  });

  it('each shard compiled the content of its own locale and English only', () => {
    for (const code of localeCodes) {
      // Astro's list of the MDX modules this build bundles, one per loaded entry.
      const modules = readFileSync(join(root, '.shards', code, '.astro', 'content-modules.mjs'), 'utf8');
      const folders = new Set([...modules.matchAll(/"src\/content\/[^/]+\/([^/]+)\//g)].map((m) => m[1]));
      expect([...folders].sort()).toEqual([...new Set(['en', code])].sort());
    }
  });

  it('have the same file list as one build of the whole site', () => {
    expect(listFiles(merged)).toEqual(listFiles(whole));
  });

  it('have the same bytes in every file', () => {
    const differing = listFiles(whole).filter((file) => !readFileSync(join(merged, file)).equals(readFileSync(join(whole, file))));
    expect(differing).toEqual([]);
  });
});
