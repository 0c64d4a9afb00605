/**
 * The raster side of the preview images, as plain JavaScript in a string: the worker threads of
 * rasterPool.ts evaluate it (an eval'd worker runs the same from the TypeScript sources, Astro's
 * bundle and a copy of the project), and the benchmark and tests evaluate the very same text on
 * their own thread to time its steps.
 *
 * A layered card (layers.ts) is put together from three layers, each an SVG of the whole card
 * drawing only some of its parts: the background with the site name (the same for every page of a
 * language, rendered once per thread), the type label line (rendered once per label) and the
 * page's own title and address. Only the bands where a layer has ink are rasterised by resvg; they
 * are copied into one RGB canvas, which sharp (libvips) encodes as PNG. The full card is opaque, so
 * the PNG carries no alpha channel and needs no un-premultiplying.
 */

/** A rectangle of the card in whole pixels. */
export interface Band {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** What the worker is asked to draw. */
export type RasterJob =
  /** Any SVG, as resvg draws it with `options`, to an RGBA PNG. */
  | { kind: 'svg'; svg: string; options: unknown }
  /** A whole opaque card, rasterised in one piece. */
  | { kind: 'card'; svg: string }
  | {
      kind: 'layers';
      /** Drawn whole; kept per thread under `key`. */
      base: { key: string; svg: string };
      /** Only `band` is drawn; kept per thread under `key`. */
      label: { key: string; svg: string; band: Band };
      /** Only `bands` are drawn, each over whatever the layers below have there. */
      page: { svg: string; bands: Band[] };
    };

/** Steps whose cost the benchmark reports, in the order a layered job passes them. */
export type RasterStep = 'raster' | 'compose' | 'encode';

export interface RasterCore {
  run(job: RasterJob, mark?: (step: RasterStep) => void): Promise<Buffer>;
}

/**
 * `(Resvg, sharp) => RasterCore`, as source text. Plain JavaScript: nothing here may need
 * compiling, since it runs from a string.
 */
export const rasterCoreSource = String.raw`(function rasterCore(Resvg, sharp) {
  const noFonts = { font: { loadSystemFonts: false } };
  // Rasterised backgrounds (a few per language) and label bands (one per type label and district).
  const bases = new Map();
  const labels = new Map();
  const labelsKept = 512;
  let canvas;

  // The SVG cut down to one band: same drawing, moved so the band's top left corner is the
  // origin, on a canvas the band's size, so resvg allocates and fills only those pixels (its cost
  // grows with the pixels, not with the paths). Moved by a whole number of pixels, every edge
  // falls on the same sub-pixel position as on the whole card.
  const root = /^<svg width="(\d+)" height="(\d+)" viewBox="0 0 \1 \2" xmlns="http:\/\/www\.w3\.org\/2000\/svg">/;
  const clipRect = /<clipPath id="([^"]+)"><rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"\/><\/clipPath>/g;
  const clippedGroup = /<g clip-path="url\(#([^)]+)\)">(?:(?!<\/?g[ >])[\s\S])*<\/g>/g;
  function bandOf(svg, band) {
    if (!root.test(svg) || !svg.endsWith('</svg>')) throw new Error('the layer is not an SVG as satori writes it');
    // resvg 2.6 panics, aborting the whole process, on a clipped or masked group that lies wholly
    // outside the canvas: such groups (text of overflow: hidden boxes elsewhere on the card) draw
    // nothing in the band and are left out. satori clips those boxes twice, with a mask and a
    // clip path of the same pixel-aligned rectangle; the clip path alone draws the same pixels.
    const clips = new Map();
    for (const m of svg.matchAll(clipRect)) clips.set(m[1], { left: +m[2], top: +m[3], width: +m[4], height: +m[5] });
    const inBand = (r) => r.left < band.left + band.width && r.left + r.width > band.left && r.top < band.top + band.height && r.top + r.height > band.top;
    const drawn = svg
      .replace(/ mask="url\(#satori_om-[^)"]*\)"(?= clip-path="url\(#satori_cp-)/g, '')
      .replace(clippedGroup, (group, id) => (clips.has(id) && !inBand(clips.get(id)) ? '' : group));
    const size = 'width="' + band.width + '" height="' + band.height + '" viewBox="0 0 ' + band.width + ' ' + band.height + '"';
    const moved = '<svg ' + size + ' xmlns="http://www.w3.org/2000/svg"><g transform="translate(' + -band.left + ' ' + -band.top + ')">';
    return drawn.replace(root, moved).slice(0, -'</svg>'.length) + '</g></svg>';
  }

  function draw(svg) {
    const image = new Resvg(svg, noFonts).render();
    return { width: image.width, height: image.height, pixels: image.pixels };
  }

  // resvg's pixels are premultiplied RGBA; on an opaque card alpha is 255 everywhere, so the
  // colour channels are already the plain colours.
  function toRgb(image) {
    const rgb = Buffer.allocUnsafe(image.width * image.height * 3);
    const rgba = image.pixels;
    for (let i = 0, j = 0; j < rgb.length; i += 4, j += 3) {
      rgb[j] = rgba[i];
      rgb[j + 1] = rgba[i + 1];
      rgb[j + 2] = rgba[i + 2];
    }
    return { width: image.width, height: image.height, rgb };
  }

  function paste(target, targetWidth, band, image) {
    const row = band.width * 3;
    for (let y = 0; y < band.height; y++) image.rgb.copy(target, ((band.top + y) * targetWidth + band.left) * 3, y * row, y * row + row);
  }

  function encode(image) {
    return sharp(image.rgb, { raw: { width: image.width, height: image.height, channels: 3 } }).png().toBuffer();
  }

  async function run(job, mark) {
    const step = mark || function () {};
    if (job.kind === 'svg') {
      const image = new Resvg(job.svg, job.options).render();
      step('raster');
      const raw = { width: image.width, height: image.height, channels: 4, premultiplied: true };
      const png = await sharp(image.pixels, { raw }).png().toBuffer();
      step('encode');
      return png;
    }
    if (job.kind === 'card') {
      const image = toRgb(draw(job.svg));
      step('raster');
      const png = await encode(image);
      step('encode');
      return png;
    }
    let base = bases.get(job.base.key);
    if (!base) {
      base = toRgb(draw(job.base.svg));
      bases.set(job.base.key, base);
    }
    let label = labels.get(job.label.key);
    if (!label) {
      label = toRgb(draw(bandOf(job.label.svg, job.label.band)));
      if (labels.size >= labelsKept) labels.delete(labels.keys().next().value);
      labels.set(job.label.key, label);
    }
    const bands = job.page.bands.map((band) => toRgb(draw(bandOf(job.page.svg, band))));
    step('raster');
    // One canvas per thread, reused: jobs run one at a time and the PNG is made before the next.
    if (!canvas || canvas.rgb.length !== base.rgb.length) canvas = { width: base.width, height: base.height, rgb: Buffer.allocUnsafe(base.rgb.length) };
    base.rgb.copy(canvas.rgb);
    paste(canvas.rgb, canvas.width, job.label.band, label);
    job.page.bands.forEach((band, i) => paste(canvas.rgb, canvas.width, band, bands[i]));
    step('compose');
    const png = await encode(canvas);
    step('encode');
    return png;
  }

  return { run };
})`;

interface ResvgLike {
  render(): { width: number; height: number; pixels: Buffer };
}

/** The core on this thread (benchmark, tests): the same text the workers run. */
export function rasterCoreHere(
  Resvg: new (svg: string, options?: unknown) => ResvgLike,
  sharp: (input: Buffer, options: unknown) => unknown,
): RasterCore {
  // Evaluated from the string on purpose: what is timed and tested is exactly what the workers run.
  const make = new Function(`return ${rasterCoreSource}`)() as (resvg: typeof Resvg, s: typeof sharp) => RasterCore;
  return make(Resvg, sharp);
}
