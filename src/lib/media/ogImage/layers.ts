/**
 * The card in layers, so each image lays out and rasterises only what is its own. Most of a card is
 * the same on every page of a language (background, accent bar, rule, site name) or of a kind of
 * page (the type label and district line); only the title and the address differ. So:
 *
 * - the frame: the whole card laid out once per language, label and site name, without a title,
 *   to learn where each part lands;
 * - the base layer: background and site name, the label line left as an empty box of its height;
 * - the label layer: the label line only, the site name left as an empty box of its size;
 * - the page layer: title and address only, label line and site name left as empty boxes.
 *
 * Empty boxes of the measured sizes put every drawn part exactly where the whole card has it, so
 * the layers pasted together are the whole card (tests/unit/ogImageLayers.test.ts compares them
 * pixel for pixel). The base and label layers are laid out once per process and rasterised once
 * per worker thread; each page lays out ~half the glyphs and rasterises only the bands of its
 * title and address. Where the page's layout does not agree with the frame, the card is drawn
 * whole, as before.
 */
import { remember } from '../../remember';
import type { Band, RasterJob } from './rasterCore';
import { fitCard, type Box, type CardLayout, type CardParts, type OgImageInput } from './render';

/** Where the frame's parts land: what the layers must reproduce. */
interface Frame {
  label: Box;
  siteName: Box;
  titleBox: Box;
  /** Absent on a card without an address. */
  url?: Box;
}

const frames = new Map<string, Promise<Frame | undefined>>();
const baseSvgs = new Map<string, Promise<string>>();
const labelSvgs = new Map<string, Promise<string>>();

const key = (parts: readonly unknown[]) => JSON.stringify(parts.map((part) => part ?? null));

/** The card's frame for `input`'s language, label and site name (undefined if a part is missing). */
function frameOf(input: OgImageInput): Promise<Frame | undefined> {
  return remember(frames, key([input.lang, input.typeLabel, input.district, input.siteName, Boolean(input.url)]), async () => {
    const { boxes } = await fitCard({ ...input, title: '' });
    const { label, siteName, titleBox, url } = boxes;
    if (!label || !siteName || !titleBox || (input.url && !url)) return undefined;
    return { label, siteName, titleBox, ...(url ? { url } : {}) };
  });
}

/** The parts a layer draws, every other one an empty box of the frame's size. */
function standIns(frame: Frame, drawn: { label?: true; siteName?: true; title?: true; url?: true; chrome?: true }): CardParts {
  return {
    chrome: drawn.chrome ?? false,
    label: drawn.label ?? { height: frame.label.height },
    siteName: drawn.siteName ?? { width: frame.siteName.width, height: frame.siteName.height },
    title: drawn.title ?? false,
    url: drawn.url ?? { height: frame.url?.height ?? 0 },
  };
}

const same = (a: Box | undefined, b: Box | undefined) =>
  a?.left === b?.left && a?.top === b?.top && a?.width === b?.width && a?.height === b?.height;

/** `box` grown by `margin` on every side, in whole pixels, and kept inside `within`. */
function bandAround(box: Box, margin: number, within: Box): Band {
  const left = Math.max(within.left, Math.floor(box.left - margin));
  const top = Math.max(within.top, Math.floor(box.top - margin));
  const right = Math.min(within.left + within.width, Math.ceil(box.left + box.width + margin));
  const bottom = Math.min(within.top + within.height, Math.ceil(box.top + box.height + margin));
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

/** Below the accent bar, above the title's box: where the label line may draw. */
function labelBand(frame: Frame): Band {
  const room: Box = { left: 0, top: 12, width: 1200, height: frame.titleBox.top - 12 };
  return bandAround(frame.label, 8, room);
}

/**
 * The raster job of `input`'s card: its layers and bands, or the whole card when the page's layout
 * does not match the frame (a part the frame lacks, a footer that grew).
 */
export async function layeredCardJob(input: OgImageInput): Promise<{ job: RasterJob; layout: CardLayout }> {
  const frame = await frameOf(input);
  const page = frame ? await fitCard(input, standIns(frame, { title: true, url: true })) : undefined;
  const { titleBox, title, url } = page?.boxes ?? {};
  if (
    !frame ||
    !page ||
    !titleBox ||
    !same(titleBox, frame.titleBox) ||
    !same(page.boxes.siteName, frame.siteName) ||
    !same(page.boxes.label, frame.label) ||
    Boolean(input.url) !== Boolean(url) ||
    (url && (url.top !== frame.url?.top || url.height !== frame.url.height))
  ) {
    const whole = await fitCard(input);
    return { job: { kind: 'card', svg: whole.svg }, layout: whole };
  }
  const baseKey = key([input.lang, input.siteName, frame.label, frame.siteName, frame.url?.height]);
  const baseSvg = await remember(
    baseSvgs,
    baseKey,
    async () => (await fitCard(input, standIns(frame, { siteName: true, chrome: true }))).svg,
  );
  const band = labelBand(frame);
  const labelKey = key([input.lang, input.typeLabel, input.district, band, frame.siteName, frame.url?.height]);
  const labelSvg = await remember(labelSvgs, labelKey, async () => (await fitCard(input, standIns(frame, { label: true }))).svg);
  // The title's box clips its text (overflow: hidden), and so does the address's line: their
  // bands never need to reach beyond those. Within the title's box a margin keeps accents and
  // descenders that stand out of the line boxes.
  const bands = [
    ...(title && title.height > 0 ? [bandAround(title, Math.ceil(page.fit.fontSize * 0.4), titleBox)] : []),
    ...(url ? [bandAround(url, 0, url)] : []),
  ].filter((b) => b.width > 0 && b.height > 0);
  return {
    job: {
      kind: 'layers',
      base: { key: baseKey, svg: baseSvg },
      label: { key: labelKey, svg: labelSvg, band },
      page: { svg: page.svg, bands },
    },
    layout: page,
  };
}
