/**
 * One benchmark run at one size: build a copy of the project with synthetic content, timing
 * Astro (cold preview-image cache, then a rebuild with one changed entry), Pagefind, memory,
 * sizes, and a first search in Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { copyEnv, copyProject } from '../../tests/helpers/fixtureBuild';
import { builtPages } from '../../tests/helpers/dist';
import { startStaticServer } from '../../tests/helpers/server';
import { changeOneThaiTitle, writeSyntheticContent, type VocabularyKind } from './syntheticContent';
import { measureFirstSearch, typicalQueries, type SearchCost } from './searchCost';
import { buildPhases } from './buildPhases';
import { largestPagePerTemplate, type LargestPage } from './pageWeights';
import { localeCodes } from '../../src/i18n/locales';
import { buildCacheDir } from '../../src/lib/media/buildCache';

export interface ScaleResult {
  label: string;
  /** The day it was measured (absent in rows measured before it was recorded). */
  measuredOn?: string;
  pages: number;
  astroColdSeconds: number;
  /** Parts of the cold build, from Astro's log: content sync (absent in rows measured before it was timed), Vite bundle, HTML pages, preview images, QR codes. */
  syncSeconds?: number;
  bundleSeconds: number;
  pageSeconds: number;
  imageSeconds: number;
  qrSeconds: number;
  astroWarmSeconds: number;
  imageWarmSeconds: number;
  imagesRendered: number;
  imagesRerendered: number;
  pagefindSeconds: number;
  pagesPerSecond: number;
  peakMemoryMb: number;
  distMb: number;
  indexKb: Record<string, number>;
  /** The largest page of each template, heaviest first (absent in rows measured before it was). */
  largestPages?: LargestPage[];
  search: SearchCost[];
}

/** The heap a single build may use (MB), under the 6 GB target for its peak memory. */
export const singleBuildHeapMb = 5120;

const ogRoute = 'src/pages/og/[...path].png.ts';
const qrRoute = 'src/pages/qr/[...path].ts';

export function timed(
  command: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): { seconds: number; peakKb: number; cpuSeconds: number; log: string } {
  // GNU time reports the peak resident memory of the whole command.
  const hasTime = existsSync('/usr/bin/time');
  const args = hasTime ? ['-f', '%e %M %U %S', ...command] : command.slice(1);
  const run = spawnSync(hasTime ? '/usr/bin/time' : command[0]!, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`${command.join(' ')} failed:\n${run.stdout.slice(-2000)}${run.stderr.slice(-4000)}`);
  const last = run.stderr.trim().split('\n').at(-1) ?? '';
  const [seconds, peakKb, user, system] = last.split(' ').map(Number);
  return { seconds: seconds ?? NaN, peakKb: peakKb ?? NaN, cpuSeconds: (user ?? NaN) + (system ?? NaN), log: run.stdout };
}

const countFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).length : 0);
/** Preview images in a build cache: one file per image drawn. */
const imagesIn = (cache: string) => countFiles(buildCacheDir('og-images', cache));
export function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

export async function runAtScale(
  browser: Browser,
  label: string,
  entriesPerLocale: number,
  vocabulary: VocabularyKind = 'zipf-rank100',
): Promise<ScaleResult> {
  const root = copyProject();
  try {
    if (entriesPerLocale > 0) writeSyntheticContent(join(root, 'src', 'content'), entriesPerLocale, vocabulary);
    const cache = join(root, '.build-cache');
    // A heap of 5 GB: the target is a single build in under 6 GB, and a build allowed far more
    // heap than it needs collects garbage late, so its peak would say more about V8 than about the
    // build (the 25,000-page build peaked at 13 GB with a 20 GB heap in 2026-11). A build that
    // needs more fails here. The search index is timed on its own, after the build.
    const env = copyEnv(root, {
      BUILD_CACHE_DIR: cache,
      NODE_OPTIONS: `--max-old-space-size=${singleBuildHeapMb}`,
      SKIP_SEARCH_INDEX: '1',
    });
    const cold = timed(['npx', 'astro', 'build'], root, env);
    const phases = buildPhases(cold.log);
    const imagesRendered = imagesIn(cache);
    const pagefind = timed(['npx', 'tsx', 'scripts/build-search-index.ts'], root, env);
    const dist = join(root, 'dist');
    const pages = builtPages(dist).length;
    const distMb = sizeOf(dist) / 1024 / 1024;
    const indexKb = Object.fromEntries(localeCodes.map((code) => [code, Math.round(sizeOf(join(dist, 'pagefind', code)) / 1024)]));
    const largestPages = largestPagePerTemplate(dist);

    const server = await startStaticServer({ root: dist });
    const search = [];
    // One locale per kind of index: Latin words, Chinese segments, Thai segments.
    for (const locale of ['en', 'zh-hans', 'th'] as const)
      search.push(await measureFirstSearch(browser, server.url, locale, typicalQueries[locale]));
    await server.close();

    // Rebuild after changing one story's title in one locale. Only that page's preview image
    // shows it (a district's name, by contrast, is on the image of every page in that district).
    changeOneThaiTitle(join(root, 'src', 'content'));
    const warm = timed(['npx', 'astro', 'build'], root, env);
    const imagesRerendered = imagesIn(cache) - imagesRendered;
    return {
      label,
      pages,
      astroColdSeconds: cold.seconds,
      syncSeconds: phases.syncSeconds,
      bundleSeconds: phases.bundleSeconds,
      pageSeconds: Object.entries(phases.routes)
        .filter(([route]) => route !== ogRoute && route !== qrRoute)
        .reduce((sum, [, s]) => sum + s, 0),
      imageSeconds: phases.routes[ogRoute] ?? 0,
      qrSeconds: phases.routes[qrRoute] ?? 0,
      astroWarmSeconds: warm.seconds,
      imageWarmSeconds: buildPhases(warm.log).routes[ogRoute] ?? 0,
      imagesRendered,
      imagesRerendered,
      pagefindSeconds: pagefind.seconds,
      pagesPerSecond: pages / (cold.seconds + pagefind.seconds),
      peakMemoryMb: Math.round(Math.max(cold.peakKb, warm.peakKb, pagefind.peakKb) / 1024),
      distMb,
      indexKb,
      largestPages,
      search,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
