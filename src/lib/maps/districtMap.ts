/**
 * renderDistrictMap: a build-time SVG of Shanghai's 16 districts with the three event districts
 * and the key sites linked. No JavaScript, no tiles, no request: the string is inlined in the page.
 *
 * Without `focus` it shows the whole city. With `focus` it zooms on that district (and any sites
 * given), with neighbours for context and a small locator of the whole city in a corner.
 */
import { districtLayers, type LinkedSite } from './districtLayers';
import { districtLocator } from './districtLocator';
import { fitMercator } from './fitProjection';
import type { Point } from './pathData';
import { boxesOverlap, type Box } from './planarGeometry';
import { isShanghaiDistrictId, shanghaiDistrict, shanghaiDistricts } from './shanghaiDistricts';
import { svgDocument } from './svgElements';
import { mapIds } from './svgIds';
import { remember } from '../remember';

export const highlightDistrictIds = ['xuhui', 'changning', 'songjiang'] as const;
export type HighlightDistrictId = (typeof highlightDistrictIds)[number];

/** Narrows a content slug (a string) to a district this map can highlight. */
export function isHighlightDistrictId(value: string): value is HighlightDistrictId {
  return (highlightDistrictIds as readonly string[]).includes(value);
}

export interface DistrictMapInput {
  highlight: Array<{ id: HighlightDistrictId; label: string; href: string }>;
  sites: Array<{ slug: string; label: string; href: string; lon: number; lat: number }>;
  title: string;
  description: string;
  /**
   * Visible names for the other districts, from their English name (and id). Left out, they are
   * unnamed, so a page never shows English names in another language by default.
   */
  otherDistrictLabel?: (name: string, id: string) => string;
  /**
   * A district id: zoom on that district and the sites given, with a locator of the whole city.
   * Only the highlighted districts that show in the zoomed frame are drawn, and so linked.
   */
  focus?: string;
}

const WIDTH = 600;
const PADDING = 14;
const FOCUS_HEIGHT = 480;
const FONT_SIZE = { highlight: 17, site: 14, other: 12 };

function validate(input: DistrictMapInput): void {
  const seen = new Set<string>();
  for (const { id } of input.highlight) {
    if (!isShanghaiDistrictId(id)) throw new Error(`Unknown district "${id}"`);
    if (seen.has(id)) throw new Error(`District "${id}" is highlighted twice`);
    seen.add(id);
  }
  if (input.focus !== undefined && !isShanghaiDistrictId(input.focus)) throw new Error(`Unknown focus district "${input.focus}"`);
  for (const site of input.sites) {
    const ok = Number.isFinite(site.lon) && Number.isFinite(site.lat) && Math.abs(site.lat) <= 90 && Math.abs(site.lon) <= 180;
    if (!ok) throw new Error(`Site "${site.slug}" has no valid lon/lat`);
  }
}

function overview(input: DistrictMapInput): { width: number; height: number; body: string } {
  const all = shanghaiDistricts.flatMap((d) => d.polygons.flat(2));
  // Fit to the width first; the city's shape then decides the height.
  const probe = fitMercator(all, { x: 0, y: 0, width: WIDTH - 2 * PADDING, height: 10_000 });
  const projected = all.map((p) => probe.project(p));
  const mapHeight = Math.max(...projected.map(([, y]) => y)) - Math.min(...projected.map(([, y]) => y));
  const height = Math.ceil(mapHeight + 2 * PADDING);
  const view: Box = { x: 0, y: 0, width: WIDTH, height };
  const projection = fitMercator(all, { x: PADDING, y: PADDING, width: WIDTH - 2 * PADDING, height: height - 2 * PADDING });
  const body = districtLayers({ ...layerOptions(input), projection, view, minStep: 0.35 });
  return { width: WIDTH, height, body };
}

function layerOptions(input: DistrictMapInput) {
  const sites: LinkedSite[] = input.sites;
  return { highlight: input.highlight, sites, otherDistrictLabel: input.otherDistrictLabel, fontSize: FONT_SIZE };
}

/**
 * The corner of the view the locator hides least of: the focus district and the sites count
 * most, the other highlighted districts next (they are links too).
 */
function locatorBox(view: Box, important: readonly Point[], secondary: readonly Point[]): Box {
  const size = { width: 150, height: 170 };
  const corners: Box[] = [
    { x: view.x + 8, y: view.y + 8, ...size },
    { x: view.x + view.width - size.width - 8, y: view.y + 8, ...size },
    { x: view.x + 8, y: view.y + view.height - size.height - 8, ...size },
    { x: view.x + view.width - size.width - 8, y: view.y + view.height - size.height - 8, ...size },
  ];
  const count = (box: Box, points: readonly Point[]) =>
    points.filter(([x, y]) => boxesOverlap(box, { x, y, width: 0.01, height: 0.01 })).length;
  const covered = (box: Box) => 100 * count(box, important) + count(box, secondary);
  return corners.reduce((best, box) => (covered(box) < covered(best) ? box : best));
}

function focused(input: DistrictMapInput, focusId: string): { width: number; height: number; body: string } {
  if (!isShanghaiDistrictId(focusId)) throw new Error(`Unknown focus district "${focusId}"`);
  const focus = shanghaiDistrict(focusId);
  const framePoints: Array<readonly [number, number]> = [...focus.polygons.flat(2), ...input.sites.map((s) => [s.lon, s.lat] as const)];
  const view: Box = { x: 0, y: 0, width: WIDTH, height: FOCUS_HEIGHT };
  // Generous padding: the frame shows the neighbours, and labels need room at the edges.
  const projection = fitMercator(framePoints, { x: 60, y: 40, width: WIDTH - 120, height: FOCUS_HEIGHT - 80 });
  const others = input.highlight.filter((h) => h.id !== focusId).flatMap((h) => shanghaiDistrict(h.id).polygons.flat(2));
  const locator = locatorBox(
    view,
    framePoints.map((p) => projection.project(p)),
    others.map((p) => projection.project(p)),
  );
  const layers = districtLayers({ ...layerOptions(input), projection, view, minStep: 0.3, reserved: [locator] });
  const inset = districtLocator({ box: locator, focusId, mainProjection: projection, mainView: view });
  return { width: WIDTH, height: FOCUS_HEIGHT, body: layers + inset };
}

/** Draws the map, every time (renderDistrictMap remembers the result). */
export function drawDistrictMap(input: DistrictMapInput): string {
  validate(input);
  const key = districtMapKey(input);
  const scene = input.focus ? focused(input, input.focus) : overview(input);
  return svgDocument({
    ids: mapIds('district', key),
    ...scene,
    title: input.title,
    description: input.description,
    className: 'gis-map--districts',
    body: scene.body,
  });
}

/** Everything the drawing depends on, the labels of the other districts included. */
function districtMapKey(input: DistrictMapInput): string {
  const { otherDistrictLabel, ...seed } = input;
  return JSON.stringify({ ...seed, others: otherDistrictLabel ? shanghaiDistricts.map((d) => otherDistrictLabel(d.nameEn, d.id)) : [] });
}

/**
 * Maps already drawn in this process, by their full input. Every site page carries the inset of
 * its district, so a build with thousands of sites asks for the same few maps again and again,
 * and label placement is the slowest part of a page.
 */
const drawn = new Map<string, string>();

export function renderDistrictMap(input: DistrictMapInput): string {
  // An input seen before passed validation then; a new one is validated as it is drawn.
  return remember(drawn, districtMapKey(input), () => drawDistrictMap(input));
}
