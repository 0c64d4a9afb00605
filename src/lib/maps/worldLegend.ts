/** The key of the world map: one row per kind of point shown, marker and text. */
import { textWidth } from './textMetrics';
import { colors } from './mapTheme';
import type { Point } from './pathData';
import type { Box } from './planarGeometry';
import { marker, type MarkerShape } from './svgElements';
import { coord } from './pathData';
import { escapeXml } from './svgText';

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
export function legendBox(view: Box, rows: ReadonlyArray<string>): Box {
  const width = 36 + Math.max(...rows.map((text) => textWidth(text, FONT_SIZE)));
  const height = 10 + rows.length * ROW;
  return { x: view.x + 8, y: view.y + view.height - height - 8, width, height };
}

export function worldLegend(box: Box, rows: ReadonlyArray<{ kind: PointKind; text: string }>): string {
  const items = rows
    .map(({ kind, text }, index) => {
      const y = box.y + 5 + ROW * index + ROW / 2;
      const centre: Point = [box.x + 16, y];
      const { shape, color } = pointStyle[kind];
      return `${marker(shape, centre, POINT_RADIUS, color)}<text x="${coord(box.x + 30)}" y="${coord(y + FONT_SIZE * 0.35)}" font-size="${FONT_SIZE}" fill="${colors.text}">${escapeXml(text)}</text>`;
    })
    .join('');
  const frame = `<rect x="${coord(box.x)}" y="${coord(box.y)}" width="${coord(box.width)}" height="${coord(box.height)}" rx="4" fill="#ffffff" fill-opacity="0.92" stroke="${colors.areaStroke}" stroke-width="0.8"/>`;
  return `<g class="gis-map__legend">${frame}${items}</g>`;
}
