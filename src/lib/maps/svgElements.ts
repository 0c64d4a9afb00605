/** Small SVG building blocks shared by the maps: the document, labels and markers. */
import { coord, type Point } from './pathData';
import { colors, strokes } from './mapTheme';
import { escapeXml } from '../escapeXml';

export type Box = { x: number; y: number; width: number; height: number };

type SvgInput = { width: number; height: number; title: string; description: string; body: string };

/** FNV-1a, 32 bits: tiny, stable, and enough to tell a page's few maps apart. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/**
 * The root element. role="group" rather than role="img": the map holds links, and an img's
 * children are presentational, so screen readers could not reach them. The title names the
 * group and the desc describes it. width="100%" with a viewBox scales it to its container.
 * Inline SVGs share the page's id space: ids come from the map's kind and full input (seed), so
 * two maps on a page differ and builds stay byte-identical (no counters, no randomness).
 */
export function svgDocument(kind: 'district' | 'world', seed: string, input: SvgInput): string {
  const { width, height } = input;
  const id = `${kind}-map-${fnv1a(seed).toString(36)}`;
  const ids = { title: `${id}-title`, desc: `${id}-desc` };
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${coord(width)} ${coord(height)}" width="100%" ` +
    `role="group" aria-labelledby="${ids.title}" aria-describedby="${ids.desc}" class="gis-map gis-map--${kind === 'district' ? 'districts' : 'world'}">` +
    `<title id="${ids.title}">${escapeXml(input.title)}</title>` +
    `<desc id="${ids.desc}">${escapeXml(input.description)}</desc>` +
    `<rect width="${coord(width)}" height="${coord(height)}" fill="${colors.background}"/>` +
    `${input.body}</svg>`
  );
}

/** at: the first line's baseline. */
type LabelInput = { at: Point; lines: readonly string[]; fontSize: number; anchor?: 'start' | 'middle' | 'end'; bold?: boolean };

/** Text with a white halo painted under the letters, one <tspan> per line. */
export function label({ at: [x, y], lines, fontSize, anchor = 'middle', bold = false }: LabelInput): string {
  const spans = lines
    .map((line, index) => `<tspan x="${coord(x)}"${index === 0 ? ` y="${coord(y)}"` : ' dy="1.15em"'}>${escapeXml(line)}</tspan>`)
    // The space keeps words apart in the link's accessible name (it renders as nothing).
    .join(' ');
  return (
    `<text font-size="${coord(fontSize)}"${bold ? ' font-weight="700"' : ''} text-anchor="${anchor}" fill="${colors.text}" ` +
    `stroke="${colors.halo}" stroke-width="${strokes.halo}" stroke-linejoin="round" paint-order="stroke">${spans}</text>`
  );
}

export type MarkerShape = 'circle' | 'diamond' | 'star';

/**
 * A marker of a given shape: shape as well as colour tells the kinds apart, for readers who do
 * not see the colours. A white outline keeps it visible on any fill.
 */
export function marker(shape: MarkerShape, [x, y]: Point, radius: number, fill: string): string {
  const paint = `fill="${fill}" stroke="${colors.halo}" stroke-width="${strokes.marker}"`;
  if (shape === 'circle') return `<circle cx="${coord(x)}" cy="${coord(y)}" r="${coord(radius)}" ${paint}/>`;
  const corners = shape === 'diamond' ? 4 : 10;
  const points: string[] = [];
  for (let i = 0; i < corners; i += 1) {
    const r = shape === 'diamond' ? radius * 1.25 : i % 2 === 0 ? radius * 1.45 : radius * 0.65;
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / corners;
    points.push(`${coord(x + r * Math.cos(angle))},${coord(y + r * Math.sin(angle))}`);
  }
  return `<polygon points="${points.join(' ')}" ${paint}/>`;
}
