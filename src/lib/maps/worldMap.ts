/**
 * renderWorldMap: a build-time SVG world map of the event's reach: livestream cities, the host
 * city, delegates, and highlighted countries, each linked. Natural Earth 1:110m land from
 * world-atlas, simplified (worldAtlas.ts), Equal Earth projection (areas true), centred on the
 * Pacific at 150°E as Chinese world maps are, which keeps Shanghai, the Americas and Kenya on
 * one map.
 *
 * Land is drawn as one shape without borders between countries; only the highlighted countries
 * are outlined. That keeps the map about where people are, and draws no disputed border.
 */
import { geoEqualEarth } from 'd3-geo';
import polylabel from 'polylabel';
import { cityPositions } from './cityPositions';
import { projectedRings } from './geoPathRings';
import { colors } from './mapTheme';
import { ringsToPath, type Point } from './pathData';
import { label, marker, svgDocument } from './svgElements';
import { mapIds } from './svgIds';
import { escapeXml, safeHref } from './svgText';
import { textWidth } from './textMetrics';
import { isoNumeric, worldAtlas } from './worldAtlas';
import { POINT_RADIUS, legendBox, pointStyle, worldLegend, type Box, type PointKind } from './worldLegend';

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
  // One shape and label per country (see delegateCountries): repeats would stack labels.
  const isos = new Set<string>();
  for (const country of input.countries ?? []) {
    const key = isoNumeric(country.iso);
    if (!key) throw new Error(`World map: "${country.iso}" is not an ISO 3166-1 country code`);
    if (isos.has(key)) throw new Error(`Country "${country.iso}" appears twice; give each country one entry`);
    isos.add(key);
  }
}

/** "Manila (Livestream city)"; Chinese text takes full-width brackets: "马尼拉（直播城市）". */
function withKind(text: string, kind: string): string {
  return /[\u3400-\u9fff]/.test(text + kind) ? `${text}（${kind}）` : `${text} (${kind})`;
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

type Anchor = 'start' | 'middle' | 'end';
type Spot = { at: Point; anchor: Anchor };

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A label's box for a baseline point and anchor. */
function textBox([x, y]: Point, text: string, size: number, anchor: Anchor, bold = false): Box {
  const width = textWidth(text, size, bold);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x: left, y: y - 0.8 * size, width, height: size };
}

/**
 * The first spot whose label stays in the view and clear of what is already placed, or the first
 * spot if none is (no layout engine: the map has a handful of labels). Records the box taken.
 */
function place(spots: readonly Spot[], text: string, size: number, bold: boolean, taken: Box[], view: Box): Spot {
  const fits = (spot: Spot) => {
    const box = textBox(spot.at, text, size, spot.anchor, bold);
    const inside = box.x >= view.x && box.x + box.width <= view.x + view.width && box.y >= view.y && box.y + box.height <= view.height;
    return inside && !taken.some((t) => overlaps(t, box));
  };
  const choice = spots.find(fits) ?? spots[0]!;
  taken.push(textBox(choice.at, text, size, choice.anchor, bold));
  return choice;
}

/** Right of a marker, then left, above, below. */
function besideMarker([x, y]: Point, size: number): Spot[] {
  const gap = POINT_RADIUS + 4;
  return [
    { at: [x + gap, y + 0.35 * size], anchor: 'start' },
    { at: [x - gap, y + 0.35 * size], anchor: 'end' },
    { at: [x, y - gap], anchor: 'middle' },
    { at: [x, y + gap + 0.8 * size], anchor: 'middle' },
  ];
}

export function renderWorldMap(input: WorldMapInput): string {
  validate(input);
  const atlas = worldAtlas();
  const { p, height } = projection();
  const view: Box = { x: 0, y: 0, width: WIDTH, height };
  const points = input.points.map((point) => ({ ...point, at: p([point.lon, point.lat]) ?? ([0, 0] as Point) }));
  const kindsShown = KINDS.filter((kind) => points.some((point) => point.kind === kind));
  const legendRows = kindsShown.map((kind) => ({ kind, text: input.legend[kind] }));
  const legend = legendBox(view, legendRows);
  const taken: Box[] = [legend, ...points.map(({ at: [x, y] }) => ({ x: x - 8, y: y - 8, width: 16, height: 16 }))];

  const countryLinks = (input.countries ?? []).map((country) => {
    const shape = atlas.country(country.iso);
    if (!shape) throw new Error(`World map: no shape for country "${country.iso}" in Natural Earth 1:110m (world-atlas)`);
    const rings = projectedRings(shape, p);
    // The label goes at the pole of inaccessibility (polylabel) of the country's most detailed
    // ring, its mainland: the point deepest inside it, where a label has most room.
    const main = rings.reduce((best, ring) => (ring.length > best.length ? ring : best), rings[0] ?? []);
    const [x, y] = polylabel([main.map(([px, py]) => [px, py] as [number, number])], 1);
    const size = FONT_SIZE.country;
    const spots: Spot[] = [0, -1, 1, -2, 2].map((shift) => ({ at: [x, y + (0.35 + shift) * size], anchor: 'middle' }));
    const { at } = place(spots, country.label, size, true, taken, view);
    const path = `<path d="${ringsToPath(rings)}" fill="${colors.highlight}" stroke="${colors.highlightStroke}" stroke-width="1"/>`;
    return `<a href="${safeHref(country.href)}">${path}${label({ at, lines: [country.label], fontSize: FONT_SIZE.country, bold: true })}</a>`;
  });
  const pointLinks = points.map((point) => {
    const { shape, color } = pointStyle[point.kind];
    const spot = place(besideMarker(point.at, FONT_SIZE.point), point.label, FONT_SIZE.point, false, taken, view);
    // The title gives the link's name the kind too, which the marker shows only by shape.
    const title = `<title>${escapeXml(withKind(point.label, input.legend[point.kind]))}</title>`;
    const text = label({ ...spot, lines: [point.label], fontSize: FONT_SIZE.point });
    return `<a href="${safeHref(point.href)}">${title}${marker(shape, point.at, POINT_RADIUS, color)}${text}</a>`;
  });
  const sphere = ringsToPath(projectedRings({ type: 'Sphere' }, p), 8);
  const land = ringsToPath(projectedRings(atlas.land, p), 2);
  const base = `<g aria-hidden="true"><path d="${sphere}" fill="${colors.ocean}"/><path d="${land}" fill="${colors.land}"/></g>`;
  return svgDocument({
    ids: mapIds('world', JSON.stringify(input)),
    width: WIDTH,
    height,
    title: input.title,
    description: input.description,
    className: 'gis-map--world',
    body: base + countryLinks.join('') + pointLinks.join('') + worldLegend(legend, legendRows),
  });
}
