/** Small SVG building blocks shared by the maps: the document, labels and markers. */
import { coord, type Point } from './pathData';
import type { PlacedLabel } from './labelLayout';
import { colors, strokes } from './mapTheme';
import { escapeXml } from './svgText';
import type { MapIds } from './svgIds';

export interface SvgDocumentInput {
  ids: MapIds;
  width: number;
  height: number;
  title: string;
  description: string;
  className: string;
  body: string;
}

/**
 * The root element. role="group" rather than role="img": the map holds links, and an img's
 * children are presentational, so screen readers could not reach them. The title names the
 * group and the desc describes it. width="100%" with a viewBox scales it to its container.
 */
export function svgDocument(input: SvgDocumentInput): string {
  const { ids, width, height } = input;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${coord(width)} ${coord(height)}" width="100%" ` +
    `role="group" aria-labelledby="${ids.title}" aria-describedby="${ids.desc}" class="gis-map ${input.className}">` +
    `<title id="${ids.title}">${escapeXml(input.title)}</title>` +
    `<desc id="${ids.desc}">${escapeXml(input.description)}</desc>` +
    `<rect width="${coord(width)}" height="${coord(height)}" fill="${colors.background}"/>` +
    `${input.body}</svg>`
  );
}

/** A placed label as <text>, one <tspan> per line, with a white halo painted under the letters. */
export function labelText(label: PlacedLabel, fill: string = colors.text): string {
  const x = coord(label.x);
  const lines = label.lines
    .map((line, index) => `<tspan x="${x}" ${index === 0 ? `y="${coord(label.y)}"` : 'dy="1.2em"'}>${escapeXml(line)}</tspan>`)
    // The space between lines keeps words apart in the link's accessible name and in search
    // indexes that read the text (it renders as nothing at the end of a line).
    .join(' ');
  const weight = label.bold ? ' font-weight="700"' : '';
  return (
    `<text class="gis-map__label" font-size="${coord(label.fontSize)}"${weight} text-anchor="${label.textAnchor}" fill="${fill}" ` +
    `stroke="${colors.halo}" stroke-width="${strokes.halo}" stroke-linejoin="round" paint-order="stroke">${lines}</text>`
  );
}

/** The leader line of a label that sits away from its anchor, or nothing. */
export function leaderLine(label: PlacedLabel): string {
  if (!label.leader) return '';
  const [[x1, y1], [x2, y2]] = label.leader;
  return `<line x1="${coord(x1)}" y1="${coord(y1)}" x2="${coord(x2)}" y2="${coord(y2)}" stroke="${colors.leader}" stroke-width="${strokes.leader}"/>`;
}

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'star';

function polygonPoints(points: readonly Point[]): string {
  return points.map(([x, y]) => `${coord(x)},${coord(y)}`).join(' ');
}

/**
 * A marker of a given shape: shape as well as colour tells the kinds apart, for readers who do
 * not see the colours. A white outline keeps it visible on any fill.
 */
export function marker(shape: MarkerShape, [x, y]: Point, radius: number, fill: string): string {
  const paint = `fill="${fill}" stroke="${colors.halo}" stroke-width="${strokes.marker}"`;
  if (shape === 'circle') return `<circle class="gis-map__marker" cx="${coord(x)}" cy="${coord(y)}" r="${coord(radius)}" ${paint}/>`;
  if (shape === 'square') {
    const side = radius * 1.7;
    return `<rect class="gis-map__marker" x="${coord(x - side / 2)}" y="${coord(y - side / 2)}" width="${coord(side)}" height="${coord(side)}" ${paint}/>`;
  }
  if (shape === 'diamond') {
    const r = radius * 1.25;
    return `<polygon class="gis-map__marker" points="${polygonPoints([
      [x, y - r],
      [x + r, y],
      [x, y + r],
      [x - r, y],
    ])}" ${paint}/>`;
  }
  const outer = radius * 1.45;
  const inner = outer * 0.45;
  const star: Point[] = [];
  for (let i = 0; i < 10; i += 1) {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    star.push([x + r * Math.cos(angle), y + r * Math.sin(angle)]);
  }
  return `<polygon class="gis-map__marker" points="${polygonPoints(star)}" ${paint}/>`;
}
