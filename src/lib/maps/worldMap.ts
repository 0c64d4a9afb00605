/**
 * renderWorldMap: a build-time SVG map of the event's reach: the host city, livestream cities and
 * delegates' countries, each linked. Natural Earth land (worldAtlas.ts) in Equal Earth (areas
 * true), centred at 150°E as Chinese world maps are, keeping Shanghai, the Americas and Kenya on
 * one map. Land is one shape with no borders between countries; only the highlighted countries
 * are outlined: the map is about where people are, and draws no disputed border.
 */
import { geoEqualEarth } from 'd3-geo';
import polylabel from 'polylabel';
import { colors } from './mapTheme';
import { projectedRings, ringsToPath, type Point } from './pathData';
import { label, marker, svgDocument, type Box } from './svgElements';
import { escapeXml } from '../escapeXml';
import { safeHref } from './svgText';
import { textWidth } from './textMetrics';
import { isoNumeric, worldAtlas } from './worldAtlas';
import { POINT_RADIUS, legendBox, pointStyle, worldLegend, type PointKind } from './worldLegend';

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
const FONT_SIZE = { country: 15, point: 14 };
const KINDS: readonly PointKind[] = ['host', 'livestream', 'delegate'];

function validate(input: WorldMapInput): void {
  const seen = new Set<string>();
  const once = (key: string, what: string) => {
    if (seen.has(key)) throw new Error(`World map: ${what} appears twice; give each one entry`);
    seen.add(key);
  };
  for (const { id, kind, lon, lat } of input.points) {
    once(`point ${id}`, `Point "${id}"`);
    if (!KINDS.includes(kind)) throw new Error(`World map: point "${id}" has unknown kind "${String(kind)}"`);
    if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) throw new Error(`World map: point "${id}" has no valid lon/lat`);
  }
  // One shape and label per country (see delegateCountries): repeats would stack labels.
  for (const { iso } of input.countries ?? []) {
    const key = isoNumeric(iso);
    if (!key) throw new Error(`World map: "${iso}" is not an ISO 3166-1 country code`);
    once(key, `Country "${iso}"`);
  }
}

/** "Manila (Livestream city)"; Chinese text takes full-width brackets: "马尼拉（直播城市）". */
function withKind(text: string, kind: string): string {
  return /[\u3400-\u9fff]/.test(text + kind) ? `${text}（${kind}）` : `${text} (${kind})`;
}

function projection() {
  const p = geoEqualEarth().rotate([-150, 0]).fitWidth(WIDTH, { type: 'Sphere' });
  // Equal Earth parallels are straight lines, so the crop is two y values.
  // 80°N to 56°S: no Arctic, no Antarctica, which the event does not reach.
  const [top, bottom] = [p([150, 80])?.[1] ?? 0, p([150, -56])?.[1] ?? 0];
  const [tx, ty] = p.translate();
  p.translate([tx, ty - top]);
  return { p, height: Math.ceil(bottom - top) };
}

type Spot = { at: Point; anchor: 'start' | 'middle' | 'end' };

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The first spot where the label stays in the view and clear of the boxes taken, else the first
 * spot; its box is then taken. No layout engine: the map has a handful of labels.
 */
function place(spots: readonly Spot[], text: string, size: number, bold: boolean, taken: Box[], view: Box): Spot {
  const box = ({ at: [x, y], anchor }: Spot): Box => {
    const width = textWidth(text, size, bold);
    return { x: anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2, y: y - 0.8 * size, width, height: size };
  };
  const fits = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.width <= view.width && b.y + b.height <= view.height;
  const choice = spots.find((spot) => fits(box(spot)) && !taken.some((t) => overlaps(t, box(spot)))) ?? spots[0]!;
  taken.push(box(choice));
  return choice;
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
    // Right of the marker, then left, above, below.
    const [x, y] = point.at;
    const [gap, size] = [POINT_RADIUS + 4, FONT_SIZE.point];
    const spots: Spot[] = [
      { at: [x + gap, y + 0.35 * size], anchor: 'start' },
      { at: [x - gap, y + 0.35 * size], anchor: 'end' },
      { at: [x, y - gap], anchor: 'middle' },
      { at: [x, y + gap + 0.8 * size], anchor: 'middle' },
    ];
    const spot = place(spots, point.label, size, false, taken, view);
    // The title gives the link's name the kind too, which the marker shows only by shape.
    const title = `<title>${escapeXml(withKind(point.label, input.legend[point.kind]))}</title>`;
    const text = label({ ...spot, lines: [point.label], fontSize: size });
    return `<a href="${safeHref(point.href)}">${title}${marker(shape, point.at, POINT_RADIUS, color)}${text}</a>`;
  });
  const sphere = ringsToPath(projectedRings({ type: 'Sphere' }, p), 8);
  const land = ringsToPath(projectedRings(atlas.land, p), 2);
  const base = `<g aria-hidden="true"><path d="${sphere}" fill="${colors.ocean}"/><path d="${land}" fill="${colors.land}"/></g>`;
  return svgDocument('world', JSON.stringify(input), {
    width: WIDTH,
    height,
    title: input.title,
    description: input.description,
    body: base + countryLinks.join('') + pointLinks.join('') + worldLegend(legend, legendRows),
  });
}
