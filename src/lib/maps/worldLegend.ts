/** The key of the world map: one row per kind of point shown, marker and text. */
import { colors } from './mapTheme';
import { coord } from './pathData';
import { label, marker, type Box, type MarkerShape } from './svgElements';
import { textWidth } from './textMetrics';

export type PointKind = 'livestream' | 'host' | 'delegate';

export const pointStyle: Record<PointKind, { shape: MarkerShape; color: string }> = {
  livestream: { shape: 'circle', color: colors.livestream },
  host: { shape: 'star', color: colors.host },
  delegate: { shape: 'diamond', color: colors.delegate },
};

export const POINT_RADIUS = 6;
const ROW = 22;
const FONT_SIZE = 13;

/** The legend's box, bottom-left of the view, for its rows; labels are kept out of it. */
export function legendBox(view: Box, rows: ReadonlyArray<{ text: string }>): Box {
  const width = 36 + Math.max(...rows.map(({ text }) => textWidth(text, FONT_SIZE)));
  const height = 10 + rows.length * ROW;
  return { x: view.x + 8, y: view.y + view.height - height - 8, width, height };
}

export function worldLegend(box: Box, rows: ReadonlyArray<{ kind: PointKind; text: string }>): string {
  const items = rows.map(({ kind, text }, index) => {
    const y = box.y + 5 + ROW * index + ROW / 2;
    const { shape, color } = pointStyle[kind];
    return (
      marker(shape, [box.x + 16, y], POINT_RADIUS, color) +
      label({ at: [box.x + 30, y + 4.5], lines: [text], fontSize: FONT_SIZE, anchor: 'start' })
    );
  });
  const frame = `<rect x="${coord(box.x)}" y="${coord(box.y)}" width="${coord(box.width)}" height="${coord(box.height)}" rx="4" fill="#fff" fill-opacity=".92" stroke="${colors.areaStroke}" stroke-width=".8"/>`;
  return `<g>${frame}${items.join('')}</g>`;
}
