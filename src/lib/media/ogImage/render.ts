/**
 * The link-preview (Open Graph) image of a page: 1200×630 PNG, drawn at build time with satori
 * (layout and text to SVG paths) and resvg (SVG to PNG). Fonts come from npm (see fonts.ts), never
 * from the machine. Long titles step down in size until they fit; nothing overflows the card.
 */
import satori from 'satori';
import type { SatoriNode } from 'satori';
import { fontFamilyFor, fontSetFor, loadFonts, type FontSet } from './fonts';
import { withWordBreaks, ZERO_WIDTH_SPACE } from './lineBreaks';
import { useTranslations } from '../../../i18n';
import { locales, type Locale } from '../../../i18n/locales';
import { localizedPath } from '../../routing/localizedUrl';
import type { PageInfo } from '../../routing/pageRegistry';

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

/** What a page's preview image shows, in its locale: the endpoint's input, and the bench's and tests'. */
export function previewInput(locale: Locale, page: Pick<PageInfo, 'title' | 'typeLabel' | 'district' | 'route'>): OgImageInput {
  return {
    title: page.title,
    typeLabel: page.typeLabel,
    ...(page.district ? { district: page.district } : {}),
    siteName: useTranslations(locale)('site.name'),
    url: localizedPath(locale, page.route),
    lang: locales[locale].tag,
  };
}

/**
 * Part of every cache key (cache.ts): bump it whenever this file's output changes for the same
 * input (design, colours, sizes, fonts), or stale images stay in the cache.
 */
// 2: Thai titles break between words (lineBreaks.ts); 3: PNG encoded by sharp; 4: drawn in layers, RGB PNG without alpha
export const OG_IMAGE_DESIGN_VERSION = 4;

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

export interface TitleFit {
  fontSize: number;
  /** Lines kept when even the smallest size does not fit (the rest becomes "…"). */
  clampLines?: number;
}

/**
 * Which parts of the card are drawn. The layered renderer (layers.ts) lays the card out several
 * times, each drawing only some parts: the others become empty boxes of the size they had when
 * drawn (`Stand-ins`), so every part lands where it lands on the whole card.
 */
export interface CardParts {
  /** The type label and district line, or the height it takes. */
  label: true | { height: number };
  /** The site name in the footer, or its box. */
  siteName: true | { width: number; height: number };
  /** The title is drawn when true; otherwise its box is empty (its size never depends on it). */
  title: boolean;
  /** The page's address in the footer (when it has one), or the height of its line. */
  url: true | { height: number };
  /** The accent bar and the footer's rule. */
  chrome: boolean;
}

export const wholeCard: CardParts = { label: true, siteName: true, title: true, url: true, chrome: true };

function card(input: OgImageInput, set: FontSet, fit: TitleFit, parts: CardParts = wholeCard): OgElement {
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
  const labelLine =
    parts.label === true
      ? div({ display: 'flex', alignItems: 'center', fontSize: 28, lineHeight: 1.4, flexShrink: 0 }, [label, ...district], 'label')
      : div({ height: parts.label.height, flexShrink: 0 }, undefined, 'label');
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
    parts.title ? withWordBreaks(input.title, input.lang) : '',
    'title',
  );
  const siteName =
    parts.siteName === true
      ? div({ fontSize: 30, fontWeight: 700, color: colors.title, flexShrink: 0 }, input.siteName, 'siteName')
      : div({ width: parts.siteName.width, height: parts.siteName.height, flexShrink: 0 }, undefined, 'siteName');
  const footerChildren = [siteName];
  if (input.url) {
    footerChildren.push(
      parts.url === true
        ? div({ fontSize: 24, color: colors.faint, marginLeft: 40, flexShrink: 1, ...singleLine }, input.url, 'url')
        : div({ height: parts.url.height, marginLeft: 40, flexShrink: 1 }, undefined, 'url'),
    );
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
      div({ height: 12, ...(parts.chrome ? { backgroundColor: colors.accent } : {}), flexShrink: 0 }),
      div({ display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0, padding: '52px 80px 44px' }, [
        labelLine,
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
            // Without the rule, padding of its width keeps everything below where it was.
            ...(parts.chrome ? { borderTop: `2px solid ${colors.rule}`, paddingTop: 24 } : { paddingTop: 26 }),
            flexShrink: 0,
          },
          footerChildren,
          'footer',
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

/** A laid-out box of the card, in px from its top left corner. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The card's parts that later passes place or cut out, by the key given to them in `card`. */
export type PartName = 'label' | 'title' | 'titleBox' | 'siteName' | 'url' | 'footer';

/** The card as SVG, the title size it has and where each part landed. */
export interface CardLayout {
  svg: string;
  fit: TitleFit;
  boxes: Partial<Record<PartName, Box>>;
}

const partNames: ReadonlySet<string> = new Set<PartName>(['label', 'title', 'titleBox', 'siteName', 'url', 'footer']);

async function layOut(input: OgImageInput, set: FontSet, fit: TitleFit, parts: CardParts): Promise<Omit<CardLayout, 'fit'>> {
  const boxes: CardLayout['boxes'] = {};
  const svg = await toSvg(card(input, set, fit, parts), set, (node) => {
    const key = String(node.key ?? '');
    if (partNames.has(key)) boxes[key as PartName] = { left: node.left, top: node.top, width: node.width, height: node.height };
  });
  return { svg, boxes };
}

/**
 * Lays out the card as SVG, trying title sizes from the largest down and keeping the first whose
 * measured height fits its box. Measured by satori itself rather than estimated from character
 * counts, because widths differ too much between Latin, Chinese and Thai for an estimate to be safe.
 */
export async function composeOgSvg(input: OgImageInput): Promise<OgSvg> {
  const { svg, fit } = await fitCard(input);
  return { svg, titleFontSize: fit.fontSize, titleClamped: fit.clampLines !== undefined };
}

/** The card drawing only `parts`, its title at the largest size that fits (see composeOgSvg). */
export async function fitCard(input: OgImageInput, parts: CardParts = wholeCard): Promise<CardLayout> {
  const set = fontSetFor(input.lang);
  let boxHeight = 0;
  for (const fontSize of TITLE_SIZES) {
    const laid = await layOut(input, set, { fontSize }, parts);
    boxHeight = laid.boxes.titleBox?.height ?? 0;
    // Half a pixel of slack for rounding in the layout engine.
    if ((laid.boxes.title?.height ?? 0) <= boxHeight + 0.5) return { ...laid, fit: { fontSize } };
  }
  // Too long for any size: keep as many whole lines as fit at the smallest size, then "…". The
  // box's height does not depend on the title (it takes the space left), so the last pass's holds.
  const fontSize = TITLE_SIZES[TITLE_SIZES.length - 1] ?? 34;
  const clampLines = Math.max(1, Math.floor(boxHeight / (fontSize * titleLineHeight(set))));
  const fit = { fontSize, clampLines };
  return { ...(await layOut(input, set, fit, parts)), fit };
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The title's lines as the card lays them out (same size, same breaks), for tests and audits
 * that check where lines break. The zero-width spaces added as break opportunities are removed.
 */
export async function ogTitleLines(input: OgImageInput): Promise<string[]> {
  const set = fontSetFor(input.lang);
  const { fit } = await fitCard(input);
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
