/**
 * renderDistrictMap: a build-time SVG of Shanghai's 16 districts as a schematic tile map (equal
 * tiles in their relative positions, not to scale; see districtTiles.ts), every district named
 * in the page's language, the event's districts linked and highlighted, the key sites as
 * numbered, linked markers on their district's tile and named in a key below the tiles.
 * No JavaScript, no request: the string is inlined in the page.
 *
 * With `focus` the same tiles are drawn, with that district and its sites emphasised.
 */
import { districtTiles, GRID } from './districtTiles';
import { colors, strokes } from './mapTheme';
import { coord, type Point } from './pathData';
import { isShanghaiDistrictId, shanghaiDistrictIds, type ShanghaiDistrictId } from './shanghaiDistricts';
import { label, svgDocument } from './svgElements';
import { mapIds } from './svgIds';
import { safeHref } from './svgText';
import { wrapText } from './textMetrics';
import { remember } from '../remember';

export interface DistrictMapInput {
  /** Districts of the site's content, linked and highlighted (ids must be Shanghai district ids). */
  highlight: Array<{ id: string; label: string; href: string }>;
  /** Key sites, drawn as linked markers on their district's tile. */
  sites: Array<{ slug: string; district: string; label: string; href: string }>;
  /** Labels of all 16 districts in the page's language. */
  districtLabel: (id: ShanghaiDistrictId) => string;
  title: string;
  description: string;
  /** A district id: emphasise that district (and its sites); others are context. */
  focus?: string;
}

const WIDTH = 600;
const PAD = 12;
const GAP = 6;
const TILE = (WIDTH - 2 * PAD - (GRID.cols - 1) * GAP) / GRID.cols;
const NAME_SIZE = 14;
const KEY_SIZE = 14;
const MARKER_R = 9;
const MARKER_STEP = 2 * MARKER_R + 3;
const KEY_LINE = 1.15 * KEY_SIZE;
const KEY_ROW_GAP = 8;

type Box = { x: number; y: number; width: number; height: number };

function tileBox(id: ShanghaiDistrictId): Box {
  const { col, row, rows = 1 } = districtTiles[id];
  return { x: PAD + col * (TILE + GAP), y: PAD + row * (TILE + GAP), width: TILE, height: rows * TILE + (rows - 1) * GAP };
}

function validate(input: DistrictMapInput): void {
  const fail = (why: string) => {
    throw new Error(`District map "${input.title}": ${why}; Shanghai's districts are ${shanghaiDistrictIds.join(', ')}`);
  };
  const seen = new Set<string>();
  for (const { id } of input.highlight) {
    if (!isShanghaiDistrictId(id)) fail(`district "${id}" (src/content/districts/*/${id}.mdx) is not a Shanghai district id`);
    if (seen.has(id)) fail(`district "${id}" is highlighted twice`);
    seen.add(id);
  }
  for (const site of input.sites) {
    if (!isShanghaiDistrictId(site.district)) {
      fail(`site "${site.slug}" has district "${site.district}" (field "district" of src/content/sites/*/${site.slug}.mdx)`);
    }
  }
  if (input.focus !== undefined && !isShanghaiDistrictId(input.focus)) fail(`focus "${input.focus}" is not a Shanghai district id`);
  for (const id of shanghaiDistrictIds) {
    if (input.districtLabel(id).trim() === '') fail(`no name for "${id}" (key shanghaiDistricts.${id} in src/i18n/ui/<locale>.json)`);
  }
}

/** The district's name, wrapped to its tile, centred above the tile's markers if it has any. */
function tileName(box: Box, name: string, markerRows: number): string {
  const lines = wrapText(name, NAME_SIZE, box.width - 8, true);
  const block = (lines.length - 1) * 1.15 * NAME_SIZE;
  const middle = box.y + (box.height - markerRows * MARKER_STEP) / 2;
  return label({ at: [box.x + box.width / 2, middle - block / 2 + 0.35 * NAME_SIZE], lines, fontSize: NAME_SIZE, bold: true });
}

/**
 * A numbered marker: the number ties a marker on a tile to its name in the key. Hidden from
 * assistive technology, so the link is named by the site's name alone.
 */
function numbered([x, y]: Point, n: number, fill: string): string {
  return (
    `<g aria-hidden="true"><circle cx="${coord(x)}" cy="${coord(y)}" r="${MARKER_R}" fill="${fill}" stroke="${colors.halo}" stroke-width="${strokes.marker}"/>` +
    `<text x="${coord(x)}" y="${coord(y + 4)}" font-size="11" font-weight="700" text-anchor="middle" fill="${colors.halo}">${n}</text></g>`
  );
}

/**
 * Marker centres for the sites of one tile: rows of as many as fit, from the tile's bottom up,
 * so however many sites a district has, each is visible and none covers another.
 */
function markerSpots(box: Box, count: number): Point[] {
  const perRow = Math.max(1, Math.floor((box.width - 4) / MARKER_STEP));
  return Array.from({ length: count }, (_, i) => {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, count - row * perRow);
    const x = box.x + box.width / 2 + ((i % perRow) - (inRow - 1) / 2) * MARKER_STEP;
    return [x, box.y + box.height - MARKER_R - 5 - row * MARKER_STEP] as Point;
  });
}

/** Draws the map, every time (renderDistrictMap remembers the result). */
export function drawDistrictMap(input: DistrictMapInput): string {
  validate(input);
  const focus = input.focus;
  const linked = new Map(input.highlight.map((h) => [h.id, h]));
  const sitesOf = (id: string) => input.sites.filter((site) => site.district === id);
  const perRow = Math.max(1, Math.floor((TILE - 4) / MARKER_STEP));

  const context: string[] = [];
  const links: string[] = [];
  for (const id of shanghaiDistrictIds) {
    const box = tileBox(id);
    const link = linked.get(id);
    const fill = !link ? colors.area : focus && focus !== id ? colors.highlightPale : colors.highlight;
    const stroke = link || focus === id ? colors.highlightStroke : colors.areaStroke;
    const width = focus === id ? strokes.focus : link ? strokes.highlight : strokes.area;
    const tile =
      `<rect x="${coord(box.x)}" y="${coord(box.y)}" width="${coord(box.width)}" height="${coord(box.height)}" rx="4" ` +
      `fill="${fill}" stroke="${stroke}" stroke-width="${width}"/>`;
    const drawn = tile + tileName(box, input.districtLabel(id), Math.ceil(sitesOf(id).length / perRow));
    if (link) links.push(`<a href="${safeHref(link.href)}">${drawn}</a>`);
    else context.push(drawn);
  }

  // The key: one row per site under the tiles, the same number as its marker.
  let keyY = PAD + GRID.rows * (TILE + GAP) + 8;
  const spots = new Map(shanghaiDistrictIds.map((id) => [id, markerSpots(tileBox(id), sitesOf(id).length)]));
  const sites = input.sites.map((site, index) => {
    const onTile = sitesOf(site.district).indexOf(site);
    const spot = spots.get(site.district as ShanghaiDistrictId)?.[onTile] ?? [0, 0];
    const fill = focus && focus !== site.district ? colors.siteMuted : colors.site;
    const lines = wrapText(site.label, KEY_SIZE, WIDTH - 2 * PAD - 2 * MARKER_R - 10);
    const key =
      numbered([PAD + MARKER_R, keyY + MARKER_R], index + 1, fill) +
      label({
        at: [PAD + 2 * MARKER_R + 8, keyY + MARKER_R + 5],
        lines,
        fontSize: KEY_SIZE,
        anchor: 'start',
        bold: site.district === focus,
      });
    keyY += Math.max(2 * MARKER_R, KEY_LINE * lines.length) + KEY_ROW_GAP;
    return `<a href="${safeHref(site.href)}">${numbered(spot, index + 1, fill)}${key}</a>`;
  });

  const height = Math.ceil(keyY + PAD - (input.sites.length ? KEY_ROW_GAP : 8));
  return svgDocument({
    ids: mapIds('district', districtMapKey(input)),
    width: WIDTH,
    height,
    title: input.title,
    description: input.description,
    className: 'gis-map--districts',
    // Context tiles repeat nothing a link says, so assistive technology skips them.
    body: `<g aria-hidden="true">${context.join('')}</g>${links.join('')}${sites.join('')}`,
  });
}

/** Everything the drawing depends on, the names of the districts included. */
function districtMapKey(input: DistrictMapInput): string {
  const { districtLabel, ...seed } = input;
  return JSON.stringify({ ...seed, names: shanghaiDistrictIds.map((id) => districtLabel(id)) });
}

/**
 * Maps already drawn in this process, by their full input. Every site page carries the map of
 * its district, so a build with thousands of sites asks for the same few maps again and again.
 */
const drawn = new Map<string, string>();

export function renderDistrictMap(input: DistrictMapInput): string {
  return remember(drawn, districtMapKey(input), () => drawDistrictMap(input));
}
