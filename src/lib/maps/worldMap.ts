/**
 * renderWorldMap: a build-time SVG world map of the event's reach: livestream cities, the host
 * city, delegates, and highlighted countries, each linked. Natural Earth 1:110m land from
 * world-atlas, Equal Earth projection (areas true), centred on the Pacific at 150°E as Chinese
 * world maps are, which keeps Shanghai, the Americas and Kenya on one map.
 *
 * Land is drawn as one shape without borders between countries; only the highlighted countries
 * are outlined. That keeps the map about where people are, and draws no disputed border.
 */
import { geoEqualEarth } from 'd3-geo';
import { cityPositions } from './cityPositions';
import { projectedRings } from './geoPathRings';
import { isoNumeric } from './isoNumeric';
import { placeLabels, type LabelRequest } from './labelLayout';
import { colors, strokes } from './mapTheme';
import { ringsToPath, type Point } from './pathData';
import { boundsOf, labelPoints, ringArea, type Box } from './planarGeometry';
import { labelText, leaderLine, marker, svgDocument } from './svgElements';
import { mapIds } from './svgIds';
import { escapeXml, safeHref } from './svgText';
import { worldAtlas } from './worldAtlas';
import { POINT_RADIUS, legendBox, pointStyle, worldLegend, type PointKind } from './worldLegend';

export { cityPositions };
export type { PointKind };

export interface WorldMapInput {
  points: Array<{ id: string; label: string; href: string; lon: number; lat: number; kind: PointKind }>;
  /** iso: ISO 3166-1 alpha-2 ("KE") or numeric ("404"), as world-atlas ids are. */
  countries?: Array<{ iso: string; label: string; href: string }>;
  title: string;
  description: string;
  legend: Record<PointKind, string>;
}

const WIDTH = 720;
const NORTH = 80; // crops the Arctic…
const SOUTH = -56; // …and Antarctica, which the event does not reach
const FONT_SIZE = { country: 15, point: 14 };
const KINDS: readonly PointKind[] = ['host', 'livestream', 'delegate'];

function validate(input: WorldMapInput): void {
  const ids = new Set<string>();
  for (const point of input.points) {
    if (ids.has(point.id)) throw new Error(`Point "${point.id}" appears twice`);
    ids.add(point.id);
    if (!KINDS.includes(point.kind)) throw new Error(`Point "${point.id}" has unknown kind "${String(point.kind)}"`);
    if (!(Math.abs(point.lat) <= 90 && Math.abs(point.lon) <= 180)) throw new Error(`Point "${point.id}" has no valid lon/lat`);
  }
  // One shape and label per country (see delegateCountries): repeats would stack labels, and
  // placing each against all the others grows with the square of their number.
  const isos = new Set<string>();
  for (const country of input.countries ?? []) {
    const key = isoNumeric(country.iso);
    if (isos.has(key)) throw new Error(`Country "${country.iso}" appears twice; give each country one entry`);
    isos.add(key);
  }
}

/** "Manila (Livestream city)"; Chinese text takes full-width brackets: "马尼拉（直播城市）". */
function withKind(label: string, kind: string): string {
  return /[\u3400-\u9fff]/.test(label + kind) ? `${label}（${kind}）` : `${label} (${kind})`;
}

function projection() {
  const p = geoEqualEarth().rotate([-150, 0]).fitWidth(WIDTH, { type: 'Sphere' });
  // Equal Earth parallels are straight lines, so the crop is two y values.
  const top = p([150, NORTH])?.[1] ?? 0;
  const bottom = p([150, SOUTH])?.[1] ?? 0;
  const [tx, ty] = p.translate();
  p.translate([tx, ty - top]);
  return { p, height: Math.ceil(bottom - top) };
}

export function renderWorldMap(input: WorldMapInput): string {
  validate(input);
  const atlas = worldAtlas();
  const { p, height } = projection();
  const view: Box = { x: 0, y: 0, width: WIDTH, height };
  const countries = (input.countries ?? []).map((c) => {
    const shape = atlas.country(isoNumeric(c.iso));
    if (!shape) throw new Error(`No country "${c.iso}" in world-atlas`);
    const rings = projectedRings(shape, p);
    const main = [...rings].sort((a, b) => ringArea(b) - ringArea(a))[0] ?? [];
    return { ...c, rings, main, bounds: boundsOf(main) };
  });
  const points = input.points.map((point) => ({ ...point, at: p([point.lon, point.lat]) ?? ([0, 0] as Point) }));
  const kindsShown = KINDS.filter((kind) => points.some((point) => point.kind === kind));
  const legend = legendBox(
    view,
    kindsShown.map((kind) => input.legend[kind]),
  );

  const markerBoxes = points.map(({ at: [x, y] }) => ({ x: x - 9, y: y - 9, width: 18, height: 18 }));
  const requests: LabelRequest[] = [
    ...points.map((point) => ({ text: point.label, fontSize: FONT_SIZE.point, anchor: point.at, gap: POINT_RADIUS + 2, maxWidth: 150 })),
    ...countries.map((country, index) => {
      const [anchor = country.main[0] ?? [0, 0], ...alternatives] = labelPoints([country.main], { within: view, count: 6, spacing: 12 });
      const avoid = countries.filter((_, other) => other !== index).map((c) => [c.main]);
      return {
        text: country.label,
        fontSize: FONT_SIZE.country,
        bold: true,
        anchor,
        alternatives,
        gap: 0,
        area: country.bounds,
        maxWidth: 140,
        avoid,
      };
    }),
  ];
  const placed = placeLabels(requests, { bounds: view, obstacles: markerBoxes, blocked: [legend] });

  const sphere = ringsToPath(projectedRings({ type: 'Sphere' }, p));
  const land = ringsToPath(projectedRings(atlas.land, p), { minStep: 0.6 });
  const countryLinks = countries
    .map((country, index) => {
      const label = placed[points.length + index];
      const shape = `<path d="${ringsToPath(country.rings, { minStep: 0.4 })}" fill="${colors.highlight}" stroke="${colors.highlightStroke}" stroke-width="${strokes.highlight - 0.6}" stroke-linejoin="round"/>`;
      return `<a href="${safeHref(country.href)}" class="gis-map__country">${shape}${label ? leaderLine(label) + labelText(label) : ''}</a>`;
    })
    .join('');
  const pointLinks = points
    .map((point, index) => {
      const label = placed[index];
      const { shape, color } = pointStyle[point.kind];
      // The title gives the link's name the kind too, which the marker shows only by shape.
      const title = `<title>${escapeXml(withKind(point.label, input.legend[point.kind]))}</title>`;
      const text = label ? leaderLine(label) + labelText(label) : '';
      return `<a href="${safeHref(point.href)}" class="gis-map__point">${title}${marker(shape, point.at, POINT_RADIUS, color)}${text}</a>`;
    })
    .join('');
  const base = `<g aria-hidden="true"><path d="${sphere}" fill="${colors.ocean}"/><path d="${land}" fill="${colors.land}"/></g>`;
  const key = worldLegend(
    legend,
    kindsShown.map((kind) => ({ kind, text: input.legend[kind] })),
  );
  const ids = mapIds('world', JSON.stringify(input));
  return svgDocument({
    ids,
    width: WIDTH,
    height,
    title: input.title,
    description: input.description,
    className: 'gis-map--world',
    body: base + countryLinks + pointLinks + key,
  });
}
