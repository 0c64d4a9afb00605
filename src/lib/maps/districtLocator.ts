/**
 * The small whole-of-Shanghai map in a corner of a zoomed district map: it shows where the
 * zoomed frame lies. It repeats what the main map links to, so it is hidden from assistive
 * technology and holds no links.
 */
import { fitMercator, type FittedProjection } from './fitProjection';
import { colors, strokes } from './mapTheme';
import { coord, ringsToPath, type Point } from './pathData';
import type { Box } from './planarGeometry';
import { shanghaiDistricts } from './shanghaiDistricts';

export interface LocatorInput {
  box: Box;
  focusId: string;
  /** The main map's projection and view, to draw the zoomed frame. */
  mainProjection: FittedProjection;
  mainView: Box;
}

export function districtLocator({ box, focusId, mainProjection, mainView }: LocatorInput): string {
  const inner: Box = { x: box.x + 6, y: box.y + 6, width: box.width - 12, height: box.height - 12 };
  const projection = fitMercator(
    shanghaiDistricts.flatMap((d) => d.polygons.flat(2)),
    inner,
  );
  const shapes = shanghaiDistricts
    .map((d) => {
      const rings = d.polygons.flat().map((ring) => ring.map((lonLat) => projection.project(lonLat)));
      const focus = d.id === focusId;
      const fill = focus ? colors.highlight : colors.area;
      const stroke = focus ? colors.highlightStroke : colors.areaStroke;
      return `<path d="${ringsToPath(rings, { minStep: 0.8 })}" fill="${fill}" stroke="${stroke}" stroke-width="${focus ? 1 : 0.4}"/>`;
    })
    .join('');
  // Both maps are Mercator, so the main view's corners stay a rectangle on the locator.
  const corners: Point[] = [
    projection.project(mainProjection.invert([mainView.x, mainView.y])),
    projection.project(mainProjection.invert([mainView.x + mainView.width, mainView.y + mainView.height])),
  ];
  const [[x1, y1], [x2, y2]] = corners as [Point, Point];
  const frame = `<rect x="${coord(x1)}" y="${coord(y1)}" width="${coord(x2 - x1)}" height="${coord(y2 - y1)}" fill="none" stroke="${colors.frame}" stroke-width="${strokes.highlight}"/>`;
  const background = `<rect x="${coord(box.x)}" y="${coord(box.y)}" width="${coord(box.width)}" height="${coord(box.height)}" fill="#ffffff" stroke="${colors.areaStroke}" stroke-width="1"/>`;
  return `<g aria-hidden="true" class="gis-map__locator">${background}${shapes}${frame}</g>`;
}
