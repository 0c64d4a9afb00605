/**
 * The link-preview (Open Graph) image of a page: 1200×630 PNG, drawn at build time with satori
 * (layout and text to SVG paths) and resvg (SVG to PNG). Fonts come from npm (see fonts.ts), never
 * from the machine. Long titles step down in size until they fit; nothing overflows the card.
 */
import satori from 'satori';
import type { SatoriNode } from 'satori';
import { fontFamilyFor, fontSetFor, loadFonts, type FontSet } from './fonts';
import { rasterise } from './rasterPool';
import { withWordBreaks, ZERO_WIDTH_SPACE } from './lineBreaks';

export interface OgImageInput {
  /** The page's title, any length: it wraps and shrinks to fit. */
  title: string;
  /** What the page is ("District", "Key site", "激励政策" …), in the page's language. */
  typeLabel: string;
  /** The district's name, shown after the type label. */
  district?: string;
  siteName: string;
  /** Shown small at the bottom right, e.g. the page path. */
  url?: string;
  /** BCP 47 tag of the page: 'en' | 'zh-Hans' | 'zh-Hant' | 'th' | 'id'. Chooses the fonts. */
  lang: string;
}

/**
 * Part of every cache key (cache.ts): bump it whenever this file's output changes for the same
 * input (design, colours, sizes, fonts), or stale images stay in the cache.
 */
export const OG_IMAGE_DESIGN_VERSION = 3; // 2: Thai titles break between words (lineBreaks.ts); 3: PNG encoded by sharp

const OG_IMAGE_WIDTH = 1200;
const OG_IMAGE_HEIGHT = 630;

const colors = {
  background: '#ffffff',
  accent: '#1e3a8a',
  title: '#172554',
  label: '#1e40af',
  muted: '#475569',
  faint: '#64748b',
  rule: '#e2e8f0',
} as const;

/** Title sizes tried in turn, largest first; 34 px is still legible in a 500 px-wide preview. */
const TITLE_SIZES = [72, 64, 58, 52, 46, 41, 37, 34] as const;

/** Thai stacks vowels and tone marks above and below the line, so it needs more leading. */
function titleLineHeight(set: FontSet): number {
  return set === 'thai' ? 1.4 : 1.25;
}

/** A satori element in its object form (what JSX would compile to), so no React is needed. */
interface OgElement {
  type: 'div';
  key?: string;
  props: {
    style: Record<string, string | number>;
    lang?: string;
    children?: string | OgElement | OgElement[];
  };
}

function div(style: OgElement['props']['style'], children?: OgElement['props']['children'], key?: string): OgElement {
  return { type: 'div', ...(key ? { key } : {}), props: { style, children } };
}

/** One line of text that ends in "…" rather than wrapping or overflowing. */
const singleLine = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

interface TitleFit {
  fontSize: number;
  /** Lines kept when even the smallest size does not fit (the rest becomes "…"). */
  clampLines?: number;
}

function card(input: OgImageInput, set: FontSet, fit: TitleFit): OgElement {
  const lineHeight = titleLineHeight(set);
  const label = div({ color: colors.label, fontWeight: 700, flexShrink: 0 }, input.typeLabel);
  // The separator is drawn, not typed: "·" is a narrow Latin glyph in one font and a wide
  // full-width one in another, which made the gap around it differ between languages.
  const district = input.district
    ? [
        div({ width: 6, height: 6, borderRadius: 3, backgroundColor: colors.faint, margin: '0 16px', flexShrink: 0 }),
        div({ color: colors.muted, flexShrink: 1, ...singleLine }, input.district),
      ]
    : [];
  const title = div(
    {
      display: 'block',
      fontSize: fit.fontSize,
      fontWeight: 700,
      lineHeight,
      color: colors.title,
      flexShrink: 0,
      // Long words and unbroken URLs wrap inside the card instead of running off its edge.
      overflowWrap: 'break-word',
      ...(fit.clampLines ? { lineClamp: fit.clampLines } : { textWrap: 'balance' }),
    },
    // Break opportunities between the words of Thai and other scripts without spaces.
    withWordBreaks(input.title, input.lang),
    'title',
  );
  const footerChildren = [div({ fontSize: 30, fontWeight: 700, color: colors.title, flexShrink: 0 }, input.siteName)];
  if (input.url) {
    footerChildren.push(div({ fontSize: 24, color: colors.faint, marginLeft: 40, flexShrink: 1, ...singleLine }, input.url));
  }

  const root = div(
    {
      width: OG_IMAGE_WIDTH,
      height: OG_IMAGE_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: colors.background,
      fontFamily: fontFamilyFor(set).join(', '),
    },
    [
      div({ height: 12, backgroundColor: colors.accent, flexShrink: 0 }),
      div({ display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0, padding: '52px 80px 44px' }, [
        div({ display: 'flex', alignItems: 'center', fontSize: 28, lineHeight: 1.4, flexShrink: 0 }, [label, ...district]),
        // The title's box: whatever height is left between the label line and the footer.
        div(
          {
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'center',
            flexGrow: 1,
            minHeight: 0,
            margin: '20px 0 28px',
            overflow: 'hidden',
          },
          title,
          'titleBox',
        ),
        div(
          {
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            borderTop: `2px solid ${colors.rule}`,
            paddingTop: 24,
            flexShrink: 0,
          },
          footerChildren,
        ),
      ]),
    ],
  );
  // satori hands the element's language to Intl.Segmenter, which finds the line-break points
  // (Thai and Chinese have no spaces between words).
  root.props.lang = input.lang;
  return root;
}

/**
 * `embedFont: false` writes text as <text> elements instead of glyph outlines: not for images
 * (the fonts would then come from the viewer), but it shows where satori broke the lines.
 */
async function toSvg(element: OgElement, set: FontSet, onNode?: (node: SatoriNode) => void, embedFont = true) {
  // satori types its input as React's ReactNode; our plain element objects are what it reads at run
  // time, and with @types/react installed (decap-cms brings it) the structural check needs the cast.
  return satori(element as Parameters<typeof satori>[0], {
    width: OG_IMAGE_WIDTH,
    height: OG_IMAGE_HEIGHT,
    fonts: loadFonts(set),
    embedFont,
    ...(onNode ? { onNodeDetected: onNode } : {}),
  });
}

export interface OgSvg {
  svg: string;
  /** The title size chosen, in px. */
  titleFontSize: number;
  /** True when the title did not fit even at the smallest size and ends in "…". */
  titleClamped: boolean;
}

/**
 * Lays out the card as SVG, trying title sizes from the largest down and keeping the first whose
 * measured height fits its box. Measured by satori itself rather than estimated from character
 * counts, because widths differ too much between Latin, Chinese and Thai for an estimate to be safe.
 */
export async function composeOgSvg(input: OgImageInput): Promise<OgSvg> {
  const { svg, fit } = await fitTitle(input);
  return { svg, titleFontSize: fit.fontSize, titleClamped: fit.clampLines !== undefined };
}

async function fitTitle(input: OgImageInput): Promise<{ svg: string; fit: TitleFit }> {
  const set = fontSetFor(input.lang);
  let boxHeight = 0;
  for (const fontSize of TITLE_SIZES) {
    let titleHeight = 0;
    const svg = await toSvg(card(input, set, { fontSize }), set, (node) => {
      if (node.key === 'title') titleHeight = node.height;
      if (node.key === 'titleBox') boxHeight = node.height;
    });
    // Half a pixel of slack for rounding in the layout engine.
    if (titleHeight <= boxHeight + 0.5) return { svg, fit: { fontSize } };
  }
  // Too long for any size: keep as many whole lines as fit at the smallest size, then "…". The
  // box's height does not depend on the title (it takes the space left), so the last pass's holds.
  const fontSize = TITLE_SIZES[TITLE_SIZES.length - 1] ?? 34;
  const clampLines = Math.max(1, Math.floor(boxHeight / (fontSize * titleLineHeight(set))));
  const fit = { fontSize, clampLines };
  return { svg: await toSvg(card(input, set, fit), set), fit };
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The title's lines as the card lays them out (same size, same breaks), for tests and audits
 * that check where lines break. The zero-width spaces added as break opportunities are removed.
 */
export async function ogTitleLines(input: OgImageInput): Promise<string[]> {
  const set = fontSetFor(input.lang);
  const { fit } = await fitTitle(input);
  const svg = await toSvg(card(input, set, fit), set, undefined, false);
  // The title is the only text at its size: the label and footer use 24 to 30 px, titles 34 and up.
  const pieces = [...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)]
    .filter((m) => Number(m[3]) === fit.fontSize)
    .map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: (m[4] ?? '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e) }));
  const lines = new Map<number, typeof pieces>();
  for (const piece of pieces) lines.set(piece.y, [...(lines.get(piece.y) ?? []), piece]);
  return [...lines.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, line]) =>
      line
        .sort((a, b) => a.x - b.x)
        .map((p) => p.text)
        .join('')
        .replaceAll(ZERO_WIDTH_SPACE, ''),
    );
}

/** The Open Graph image of a page as a 1200×630 PNG. */
export async function renderOgImage(input: OgImageInput): Promise<Buffer> {
  const { svg } = await composeOgSvg(input);
  // Text is already paths (satori embeds glyph outlines), so resvg needs no fonts at all. It
  // runs on a worker thread (rasterPool.ts); with build.concurrency the main thread lays out the
  // next card meanwhile.
  return rasterise(svg, { fitTo: { mode: 'width', value: OG_IMAGE_WIDTH }, font: { loadSystemFonts: false } });
}
