/**
 * `npm run bench:og`: the CPU cost of one preview image, step by step, for the drawing before
 * issue 33 (whole card: satori, resvg on 1200×630, sharp un-premultiplying RGBA) and the layered
 * one (layers.ts, rasterCore.ts). Both run on this thread, one image after the other and
 * alternating, so a load that comes and goes weighs on both alike; time is CPU time of the
 * process (process.cpuUsage: user + system, libvips's threads included), not wall time, since the
 * machine is shared. Real pages (every page of every locale) and synthetic ones (short to
 * over-long titles in every locale). Writes bench/og.json and the section in bench/results.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { PNG } from 'pngjs';
import { locales, localeCodes, type Locale } from '../../src/i18n/locales';
import { pagesOf } from '../../src/lib/routing/pageRegistry';
import { viewContext } from '../../src/lib/routing/routeData';
import { composeOgSvg, previewInput, type OgImageInput } from '../../src/lib/media/ogImage/render';
import { layeredCardJob } from '../../src/lib/media/ogImage/layers';
import { rasterCoreHere, type RasterStep } from '../../src/lib/media/ogImage/rasterCore';
import { realContent } from '../../tests/helpers/realContent';
import { zipfText, type Script } from './vocabulary';
import { commandLine } from '../commandLine';
import { ogSection, replaceOgSection, type OgBenchRow } from './ogReport';

const { values: options } = commandLine({
  usage: 'npm run bench:og -- [--synthetic=60] [--rounds=1]',
  options: {
    synthetic: { type: 'string', default: '60' },
    rounds: { type: 'string', default: '1' },
  },
});

const scripts: Record<Locale, Script> = { en: 'Latn', 'zh-hans': 'Hans', 'zh-hant': 'Hant', th: 'Thai', id: 'Indo' };

function realInputs(): OgImageInput[] {
  const content = realContent();
  return localeCodes.flatMap((locale) =>
    pagesOf(viewContext(locale, content, 'https://example.org/')).map((page) => previewInput(locale, page)),
  );
}

/** Titles of 3 to 60 words, so some step down in size and some are cut with "…". */
function syntheticInputs(count: number, real: readonly OgImageInput[]): OgImageInput[] {
  return Array.from({ length: count }, (_, i) => {
    const locale = localeCodes[i % localeCodes.length]!;
    const script = scripts[locale];
    const joiner = script === 'Hans' || script === 'Hant' || script === 'Thai' ? '' : ' ';
    const like = real.filter((input) => input.lang === locales[locale].tag)[i % 7] ?? real[0]!;
    const length = [3, 8, 16, 30, 60][Math.floor(i / localeCodes.length) % 5]!;
    return { ...like, title: zipfText(script, i + 1, length).join(joiner), url: `/${locale}/stories/bench-${i}/` };
  });
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const options4 = { fitTo: { mode: 'width' as const, value: 1200 }, font: { loadSystemFonts: false } };

/** The drawing before issue 33, step by step (what the worker of rasterPool.ts did then). */
async function before(input: OgImageInput, steps: Record<string, number>): Promise<{ png: Buffer; rgba: Buffer }> {
  let t = cpuMs();
  const lap = (step: string) => {
    const now = cpuMs();
    steps[step] = (steps[step] ?? 0) + now - t;
    t = now;
  };
  const { svg } = await composeOgSvg(input);
  lap('layout');
  const image = new Resvg(svg, options4).render();
  const rgba = image.pixels;
  lap('raster');
  const png = await sharp(rgba, { raw: { width: image.width, height: image.height, channels: 4, premultiplied: true } })
    .png()
    .toBuffer();
  lap('encode');
  return { png, rgba };
}

const core = rasterCoreHere(Resvg as never, sharp as never);

async function after(input: OgImageInput, steps: Record<string, number>): Promise<Buffer> {
  let t = cpuMs();
  const lap = (step: string) => {
    const now = cpuMs();
    steps[step] = (steps[step] ?? 0) + now - t;
    t = now;
  };
  const { job } = await layeredCardJob(input);
  lap('layout');
  return core.run(job, (step: RasterStep) => lap(step));
}

/** Largest difference of one colour channel between two images, and how many pixels differ at all. */
function difference(png: Buffer, rgba: Buffer): { max: number; pixels: number } {
  const { data } = PNG.sync.read(png);
  let max = 0;
  let pixels = 0;
  for (let i = 0; i < data.length; i += 4) {
    const d = Math.max(...[0, 1, 2].map((c) => Math.abs((data[i + c] ?? 0) - (rgba[i + c] ?? 0))));
    if (d > 0) pixels++;
    max = Math.max(max, d);
  }
  return { max, pixels };
}

const real = realInputs();
const inputs = [...real, ...syntheticInputs(Number(options.synthetic), real)];
// Fonts parsed and the worker-free pipelines loaded before anything is timed (once per process).
for (const lang of new Set(inputs.map((input) => input.lang))) {
  const first = inputs.find((input) => input.lang === lang)!;
  await before(first, {});
  await after(first, {});
}

const stepsBefore: Record<string, number> = {};
const stepsAfter: Record<string, number> = {};
let bytesBefore = 0;
let bytesAfter = 0;
let maxDiff = 0;
let pixelsDiffering = 0;
let images = 0;
const load: number[] = [];
for (let round = 0; round < Number(options.rounds); round++) {
  for (const [i, input] of inputs.entries()) {
    // Alternating which goes first, so neither always runs on a cache the other warmed.
    const old = i % 2 ? await before(input, stepsBefore) : undefined;
    const png = await after(input, stepsAfter);
    const previous = old ?? (await before(input, stepsBefore));
    bytesBefore += previous.png.length;
    bytesAfter += png.length;
    const diff = difference(png, previous.rgba);
    maxDiff = Math.max(maxDiff, diff.max);
    pixelsDiffering = Math.max(pixelsDiffering, diff.pixels);
    images++;
    if (i % 50 === 0) load.push(loadavg()[0] ?? 0);
  }
}

const perImage = (steps: Record<string, number>) => Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, v / images]));
const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${Math.min(...load).toFixed(0)}–${Math.max(...load).toFixed(0)} during the run`;
const common = { measuredOn: date, machine, images, real: real.length * Number(options.rounds), maxDiff, pixelsDiffering };
const rows: OgBenchRow[] = [
  { ...common, pipeline: 'before (whole card)', steps: perImage(stepsBefore), kbPerImage: bytesBefore / images / 1024 },
  { ...common, pipeline: 'after (layers)', steps: perImage(stepsAfter), kbPerImage: bytesAfter / images / 1024 },
];

const benchDir = join(import.meta.dirname, '..', '..', 'bench');
const jsonFile = join(benchDir, 'og.json');
const earlier: OgBenchRow[] = existsSync(jsonFile) ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as OgBenchRow[]) : [];
const all = [...earlier, ...rows];
writeFileSync(jsonFile, `${JSON.stringify(all, null, 1)}\n`);
const resultsFile = join(benchDir, 'results.md');
writeFileSync(resultsFile, replaceOgSection(readFileSync(resultsFile, 'utf8'), ogSection(all)));
console.log(ogSection(rows));
console.log('Written to bench/og.json and bench/results.md');
