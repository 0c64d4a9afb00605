/**
 * The preview-image section of bench/results.md, from bench/og.json (`npm run bench:og` writes
 * both; `npm run bench` rewrites results.md and keeps this section).
 */
export interface OgBenchRow {
  measuredOn: string;
  machine: string;
  pipeline: string;
  /** Images timed, of which real pages. */
  images: number;
  real: number;
  /** CPU ms per image, per step (layout, raster, compose, encode). */
  steps: Record<string, number>;
  kbPerImage: number;
  /** Largest difference of a colour channel between the two drawings of one image (0–255), and most pixels differing in one image. */
  maxDiff: number;
  pixelsDiffering: number;
}

const heading = '## Preview images: CPU per image';
const stepNames = ['layout', 'raster', 'compose', 'encode'] as const;

export function ogSection(rows: readonly OgBenchRow[]): string {
  const ms = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(1));
  const table = [
    '| measured | pipeline | images (real) | layout ms | raster ms | compose ms | encode ms | total CPU ms | KB per PNG | max channel difference / most pixels differing |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => {
      const total = Object.values(r.steps).reduce((a, b) => a + b, 0);
      return `| ${r.measuredOn} | ${r.pipeline} | ${r.images} (${r.real}) | ${stepNames.map((s) => ms(r.steps[s])).join(' | ')} | **${ms(total)}** | ${r.kbPerImage.toFixed(1)} | ${r.maxDiff} / ${r.pixelsDiffering} |`;
    }),
  ].join('\n');
  const machines = [...new Set(rows.map((r) => `- ${r.measuredOn}: ${r.machine}.`))].join('\n');
  return `${heading}

Command: \`npm run bench:og\` (scripts/bench/ogCost.ts). CPU time of the process (user + system, libvips's threads included) per image, not wall time: the machine is shared with other builds, and a loaded machine still inflates CPU time (caches, memory), so compare rows of one run. Each image is drawn the old way (whole card: satori, resvg on 1200×630, sharp un-premultiplying RGBA) and the new way (layers.ts: layout of the title and address only, resvg on their bands, the background and label line drawn once per language and label) in turn on one thread; fonts are loaded before timing. Real pages are every page of every locale; synthetic ones have titles of 3 to 60 words in every locale. The last column compares the two drawings of each image.

${machines}

${table}
`;
}

/** `markdown` with its preview-image section replaced by `section`, or `section` added at the end. */
export function replaceOgSection(markdown: string, section: string): string {
  const start = markdown.indexOf(heading);
  if (start < 0) return `${markdown.trimEnd()}\n\n${section}`;
  const next = markdown.indexOf('\n## ', start + heading.length);
  return `${markdown.slice(0, start)}${section}${next < 0 ? '' : markdown.slice(next)}`;
}
