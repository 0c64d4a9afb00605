/** The benchmark's table (Markdown) and growth chart (SVG), for the console and bench/results.md. */
import type { ScaleResult } from './scaleRun';
import type { ShardedResult } from './shardRun';
import type { SearchCost } from './searchCost';
import type { LargestPage } from './pageWeights';
import { vocabularyLabel, vocabularyName } from './syntheticContent';
import { reportTemplate } from '../reportTemplate';

const kb = (bytes: number) => (bytes / 1024).toFixed(0);

export function resultsTable(results: readonly ScaleResult[]): string {
  const columns = [
    'run',
    'measured',
    'pages',
    'Astro build s (cold)',
    'of which: content sync / bundle / HTML pages / preview images / QR codes s',
    'rebuild s (1 entry changed)',
    'preview images on rebuild s',
    'images re-rendered',
    'Pagefind s',
    'pages/s (cold build + index)',
    'peak MB',
    'dist MB',
    'index KB per locale',
    'first search KB gzip / ms to results (en; zh-hans; th)',
  ];
  const header = `| ${columns.join(' | ')} |`;
  const rule = `|${header
    .split('|')
    .slice(1, -1)
    .map(() => '---')
    .join('|')}|`;
  const rows = results.map((r) =>
    [
      r.label,
      r.measuredOn ?? 'before 2026-12',
      r.pages,
      r.astroColdSeconds.toFixed(1),
      [r.syncSeconds ?? '?', r.bundleSeconds.toFixed(0), r.pageSeconds, r.imageSeconds, r.qrSeconds].join(' / '),
      r.astroWarmSeconds.toFixed(1),
      r.imageWarmSeconds,
      `${r.imagesRerendered} of ${r.imagesRendered}`,
      r.pagefindSeconds.toFixed(1),
      r.pagesPerSecond.toFixed(1),
      r.peakMemoryMb,
      r.distMb.toFixed(1),
      Object.entries(r.indexKb)
        .map(([l, v]) => `${l} ${v}`)
        .join(', '),
      r.search.map((s) => `${kb(s.gzipBytes)} / ${s.msToResults}`).join('; '),
    ].join(' | '),
  );
  return [header, rule, ...rows.map((row) => `| ${row} |`)].join('\n');
}

/** A small line chart of total build seconds against pages (log scale), as standalone SVG. */
export function growthChart(results: readonly ScaleResult[]): string {
  const width = 640;
  const height = 320;
  const pad = { left: 60, right: 20, top: 20, bottom: 50 };
  const points = results.map((r) => ({ pages: r.pages, seconds: r.astroColdSeconds + r.pagefindSeconds }));
  const maxPages = Math.max(...points.map((p) => p.pages), 10);
  const minPages = Math.min(...points.map((p) => p.pages), maxPages);
  const maxSeconds = Math.max(...points.map((p) => p.seconds), 1);
  const x = (pages: number) =>
    pad.left +
    ((Math.log10(pages) - Math.log10(minPages)) / Math.max(Math.log10(maxPages) - Math.log10(minPages), 1e-9)) *
      (width - pad.left - pad.right);
  const y = (seconds: number) => height - pad.bottom - (seconds / maxSeconds) * (height - pad.top - pad.bottom);
  const line = points.map((p) => `${x(p.pages).toFixed(1)},${y(p.seconds).toFixed(1)}`).join(' ');
  const marks = points
    .map(
      (p) =>
        `<circle cx="${x(p.pages).toFixed(1)}" cy="${y(p.seconds).toFixed(1)}" r="4" fill="#1e3a8a"/>` +
        `<text x="${x(p.pages).toFixed(1)}" y="${(y(p.seconds) - 8).toFixed(1)}" font-size="12" text-anchor="middle">${p.seconds.toFixed(0)} s</text>` +
        `<text x="${x(p.pages).toFixed(1)}" y="${height - pad.bottom + 18}" font-size="12" text-anchor="middle">${p.pages}</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t">`,
    '<title id="t">Build and index time against pages</title>',
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<line x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}" stroke="#334155"/>`,
    `<line x1="${pad.left}" y1="${pad.top}" x2="${pad.left}" y2="${height - pad.bottom}" stroke="#334155"/>`,
    `<polyline points="${line}" fill="none" stroke="#1e3a8a" stroke-width="2"/>${marks}`,
    `<text x="${width / 2}" y="${height - 12}" font-size="13" text-anchor="middle">pages (log scale)</text>`,
    `<text x="16" y="${height / 2}" font-size="13" transform="rotate(-90 16 ${height / 2})" text-anchor="middle">seconds (Astro + Pagefind)</text>`,
    '</svg>\n',
  ].join('');
}

/** The gzip bytes of a first search that are Pagefind's own code, the same at any size. */
export const pagefindFixedBytes = (search: Pick<SearchCost, 'byKind'>): number =>
  (search.byKind['Pagefind JavaScript'] ?? 0) + (search.byKind['Pagefind engine (wasm)'] ?? 0);

/** Where the first search's bytes went, per locale, at one size (Markdown). */
export function searchBreakdown(result: Pick<ScaleResult, 'pages' | 'search'>): string {
  const kinds = [...new Set(result.search.flatMap((s) => Object.keys(s.byKind)))].sort();
  const header = `| KB gzip at ${result.pages} pages | ${result.search.map((s) => `${s.locale} "${s.query}"`).join(' | ')} |`;
  const rule = `|---|${result.search.map(() => '---').join('|')}|`;
  const rows = kinds.map((kind) => `| ${kind} | ${result.search.map((s) => kb(s.byKind[kind] ?? 0)).join(' | ')} |`);
  const total = `| **total** | ${result.search.map((s) => `**${kb(s.gzipBytes)}**`).join(' | ')} |`;
  // Pagefind's own code costs the same at any size; the rest is what the site and the query add.
  const fixed = `| of which Pagefind's fixed code (JavaScript and engine) | ${result.search.map((s) => kb(pagefindFixedBytes(s))).join(' | ')} |`;
  const rest = `| of which the index, result text and our code | ${result.search.map((s) => kb(s.gzipBytes - pagefindFixedBytes(s))).join(' | ')} |`;
  const results = `| results shown (ten at a time) | ${result.search.map((s) => s.results).join(' | ')} |`;
  return [header, rule, ...rows, total, fixed, rest, results].join('\n');
}

/** The sharded rows, next to the single build of the same size when one was measured. */
export function shardedTable(results: readonly ShardedResult[], single: readonly ScaleResult[]): string {
  const header = [
    'run',
    'text',
    'pages',
    'content each shard compiles',
    'each shard alone s (en; zh-hans; zh-hant; th; id)',
    'CPU s per shard (user + system)',
    'peak MB per shard',
    'load average after each shard',
    'merge s',
    'five machines s (slowest shard + merge)',
    'one machine, two at a time s (merge included)',
    'rebuild after one Thai entry changed s (Thai shard only)',
    'single build s (cold + Pagefind) / peak MB, same text',
    'index KB per locale',
    'first search KB gzip / ms to results (en; zh-hans; zh-hant; th; id)',
  ];
  const rows = results.map((r) => {
    // The single build of the same size and text.
    const same = single.find((s) => s.label === `${r.label.split(' ')[0]} pages${vocabularyLabel[r.vocabulary]}`);
    return [
      r.label,
      vocabularyName[r.vocabulary],
      r.pages,
      r.shardContent ?? 'every locale',
      r.shards.map((s) => s.seconds.toFixed(1)).join('; '),
      r.shards.map((s) => s.cpuSeconds.toFixed(0)).join('; '),
      r.shards.map((s) => s.peakMemoryMb).join('; '),
      r.shards.map((s) => s.load.toFixed(1)).join('; '),
      r.mergeSeconds.toFixed(1),
      r.fiveMachineSeconds.toFixed(1),
      r.pairsWallSeconds === null ? 'not run' : `${r.pairsWallSeconds.toFixed(1)} (load ${r.pairsLoad?.toFixed(1)})`,
      r.rebuildSeconds.toFixed(1),
      same ? `${(same.astroColdSeconds + same.pagefindSeconds).toFixed(1)} / ${same.peakMemoryMb}` : 'not measured',
      Object.entries(r.indexKb)
        .map(([l, v]) => `${l} ${v}`)
        .join(', '),
      r.search.map((s) => `${kb(s.gzipBytes)} / ${s.msToResults}`).join('; '),
    ].join(' | ');
  });
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row} |`)].join('\n');
}

/** The largest page of each template at one size (Markdown), marking any over the 50 KB budget. */
export function largestPagesTable(result: { pages: number; largestPages?: readonly LargestPage[] | undefined }): string {
  const rows = (result.largestPages ?? []).map(
    (p) => `| \`${p.template}\` | \`${p.path}\` | ${(p.gzipBytes / 1024).toFixed(1)}${p.gzipBytes > 50 * 1024 ? ' (over 50)' : ''} |`,
  );
  return [`| template, at ${result.pages} pages | its largest page | KB gzip |`, '|---|---|---|', ...rows].join('\n');
}

const seconds = (s: number) => `${s.toFixed(0)} s`;
const verdict = (met: boolean) => (met ? '**met**' : '**missed**');

/**
 * Issue 23's targets at 25,000 pages, each met or missed with its figure, from the largest single
 * and sharded runs of the same text (Markdown). Written with every run, so it never goes stale.
 */
export function targetsSection(single: ScaleResult | undefined, sharded: ShardedResult | undefined): string {
  const lines: string[] = [];
  if (single) {
    const cold = single.astroColdSeconds + single.pagefindSeconds;
    lines.push(
      reportTemplate(new URL('./targetsSingle.md', import.meta.url), {
        coldVerdict: verdict(cold < 600),
        cold: seconds(cold),
        label: single.label,
        astroCold: seconds(single.astroColdSeconds),
        pagefind: seconds(single.pagefindSeconds),
        peakVerdict: verdict(single.peakMemoryMb < 6144),
        peakMb: single.peakMemoryMb,
        rebuildVerdict: verdict(single.astroWarmSeconds < 180),
        rebuild: seconds(single.astroWarmSeconds),
      }),
    );
  }
  if (sharded) {
    const peak = Math.max(...sharded.shards.map((s) => s.peakMemoryMb));
    const overBudget = sharded.search.filter((s) => s.gzipBytes >= 150 * 1024);
    lines.push(
      reportTemplate(new URL('./targetsSharded.md', import.meta.url), {
        rebuildVerdict: verdict(sharded.rebuildSeconds < 180),
        rebuild: seconds(sharded.rebuildSeconds),
        rebuildLocale: sharded.rebuildLocale,
        fiveVerdict: verdict(sharded.fiveMachineSeconds < 300),
        five: seconds(sharded.fiveMachineSeconds),
        peakVerdict: verdict(peak < 4096),
        peakMb: peak,
        searchVerdict: verdict(overBudget.length === 0),
        searchKb: sharded.search.map((s) => `${s.locale} ${kb(s.gzipBytes)}`).join(', '),
        fixedKb: sharded.search.map((s) => kb(pagefindFixedBytes(s))).join(', '),
      }),
    );
  }
  lines.push("- The real site's clean build per page no slower than Starlight's: see `bench/starlight.md` (`npm run bench:starlight`).");
  return lines.join('\n');
}
