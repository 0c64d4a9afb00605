/**
 * One sharded benchmark run at one size: a copy of the project with synthetic content, built as
 * five locale shards. Measures
 * - each shard alone, cold (what one CI machine of the matrix does: Astro, images, QR codes and
 *   its Pagefind bundle), with its peak memory; then the merge of the five;
 * - a first search in every locale on the merged site;
 * - the rebuild of the Thai shard after one Thai entry changed (warm caches): the only shard
 *   whose output such a change touches;
 * - last, the wall time of `npm run build:shards -- --jobs 2` (five shards two at a time on this
 *   machine, cold, merge included), unless `pairs` is false.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { copyEnv, copyProject } from '../../tests/helpers/fixtureBuild';
import { builtPages } from '../../tests/helpers/dist';
import { startStaticServer } from '../../tests/helpers/server';
import { mergeShards } from '../build-merge';
import { changeOneThaiTitle, writeSyntheticContent, type VocabularyKind } from './syntheticContent';
import { measureFirstSearch, typicalQueries, type SearchCost } from './searchCost';
import { sizeOf, timed } from './scaleRun';
import { largestPagePerTemplate, type LargestPage } from './pageWeights';
import { localeCodes, type Locale } from '../../src/i18n/locales';

export interface ShardTiming {
  locale: Locale;
  pages: number;
  seconds: number;
  /** User + system CPU seconds: less sensitive than wall time to other work on the machine. */
  cpuSeconds: number;
  peakMemoryMb: number;
  /** The machine's one-minute load average when the shard finished (2 = both cores busy). */
  load: number;
}

export interface ShardedResult {
  label: string;
  vocabulary: VocabularyKind;
  /**
   * The content entries each shard loads and compiles: its own locale and English (since a shard
   * loads no other locale's entries), or every locale (runs measured before that; absent in them).
   */
  shardContent?: 'own locale and English' | 'every locale';
  pages: number;
  shards: ShardTiming[];
  mergeSeconds: number;
  /** Slowest shard alone plus the merge: the wall time with one machine per shard. */
  fiveMachineSeconds: number;
  /** build:shards --jobs 2 on this machine (null when not run), and the load average after it. */
  pairsWallSeconds: number | null;
  pairsLoad: number | null;
  pairsPeakMemoryMb: number | null;
  rebuildLocale: Locale;
  rebuildSeconds: number;
  distMb: number;
  indexKb: Record<string, number>;
  /** The merged site's largest page of each template, heaviest first (absent in older rows). */
  largestPages?: LargestPage[];
  search: SearchCost[];
  /** Where and when it was measured (the machine line of that run). */
  machine?: string;
  measuredOn?: string;
}

/** The heap a shard may use (MB), under the 4 GB target for its peak memory. */
export const shardHeapMb = 3072;

export async function runSharded(
  browser: Browser,
  label: string,
  entriesPerLocale: number,
  options: { vocabulary: VocabularyKind; pairs: boolean },
): Promise<ShardedResult> {
  const root = copyProject();
  try {
    if (entriesPerLocale > 0) writeSyntheticContent(join(root, 'src', 'content'), entriesPerLocale, options.vocabulary);
    // 3 GB of heap, as a shard on a 4 GB machine could have (the target: under 4 GB each); a shard
    // that needs more fails here rather than growing its heap unseen.
    const heap = { NODE_OPTIONS: `--max-old-space-size=${shardHeapMb}` };

    // Five machines: each shard alone with empty caches, as a fresh CI runner has.
    const shards: ShardTiming[] = [];
    const shardEnv = (code: Locale) =>
      copyEnv(root, {
        ...heap,
        BUILD_LOCALES: code,
        ASTRO_CACHE_DIR: join(root, '.cache', code),
        BUILD_CACHE_DIR: join(root, '.build-cache', code),
      });
    for (const code of localeCodes) {
      const run = timed(['npx', 'astro', 'build', '--outDir', join(root, 'shards', code)], root, shardEnv(code));
      const pages = builtPages(join(root, 'shards', code)).filter((p) => p.startsWith(`/${code}/`)).length;
      const timing = {
        locale: code,
        pages,
        seconds: run.seconds,
        cpuSeconds: run.cpuSeconds,
        peakMemoryMb: Math.round(run.peakKb / 1024),
        load: loadavg()[0]!,
      };
      shards.push(timing);
      console.log(`  shard ${JSON.stringify(timing)}`);
    }
    const mergeStarted = performance.now();
    const merged = mergeShards(
      localeCodes.map((code) => join(root, 'shards', code)),
      join(root, 'merged'),
    );
    const mergeSeconds = (performance.now() - mergeStarted) / 1000;
    if (merged.conflicts.length) throw new Error(`shards conflict: ${merged.conflicts.map((c) => c.file).join(', ')}`);
    const dist = join(root, 'merged');

    const server = await startStaticServer({ root: dist });
    const search: SearchCost[] = [];
    for (const locale of localeCodes) search.push(await measureFirstSearch(browser, server.url, locale, typicalQueries[locale]));
    await server.close();
    const indexKb = Object.fromEntries(localeCodes.map((code) => [code, Math.round(sizeOf(join(dist, 'pagefind', code)) / 1024)]));
    const pages = builtPages(dist).length;
    const distMb = sizeOf(dist) / 1024 / 1024;
    const largestPages = largestPagePerTemplate(dist);

    // One Thai entry changes: only the Thai shard's output changes, so only it is rebuilt.
    const rebuildLocale: Locale = 'th';
    changeOneThaiTitle(join(root, 'src', 'content'));
    const rebuild = timed(['npx', 'astro', 'build', '--outDir', join(root, 'shards', rebuildLocale)], root, shardEnv(rebuildLocale));

    // Logged before the longest part, so a run stopped during it keeps the rest.
    console.log(
      `  partial ${JSON.stringify({ label, shards, mergeSeconds, rebuildSeconds: rebuild.seconds, distMb, indexKb, search, pages })}`,
    );

    // One machine, two shards at a time, cold (its own caches), merge included.
    let pairs: { seconds: number; peakKb: number } | null = null;
    let pairsLoad: number | null = null;
    if (options.pairs) {
      pairs = timed(
        ['npx', 'tsx', 'scripts/build-shards.ts', '--jobs', '2', '--out', join(root, 'merged-pairs')],
        root,
        copyEnv(root, { ...heap, ASTRO_CACHE_DIR: join(root, '.cache-pairs'), BUILD_CACHE_DIR: join(root, '.build-cache-pairs') }),
      );
      pairsLoad = loadavg()[0]!;
      console.log(`  two at a time: ${pairs.seconds.toFixed(1)} s, load ${pairsLoad.toFixed(1)}`);
      rmSync(join(root, 'merged-pairs'), { recursive: true, force: true });
    }

    const slowest = Math.max(...shards.map((s) => s.seconds));
    return {
      label,
      vocabulary: options.vocabulary,
      shardContent: 'own locale and English',
      pages,
      shards,
      mergeSeconds,
      fiveMachineSeconds: slowest + mergeSeconds,
      pairsWallSeconds: pairs?.seconds ?? null,
      pairsPeakMemoryMb: pairs ? Math.round(pairs.peakKb / 1024) : null,
      pairsLoad,
      rebuildLocale,
      rebuildSeconds: rebuild.seconds,
      distMb,
      indexKb,
      largestPages,
      search,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
