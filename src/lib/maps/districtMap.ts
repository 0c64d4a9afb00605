/**
 * renderDistrictMap: a build-time SVG of Shanghai's 16 districts as a schematic tile map (see
 * districtTiles.ts), each named in the page's language, the content's districts linked and
 * highlighted, its key sites as numbered, linked markers on their district's tile and named in a
 * key below. With `focus`, that district and its sites are emphasised. No JavaScript, no request.
 */
import { districtTiles, GRID } from './districtTiles';
import { colors, strokes } from './mapTheme';
import { coord, type Point } from './pathData';
import { isShanghaiDistrictId, shanghaiDistrictIds, type ShanghaiDistrictId } from '../content/shanghaiDistricts';
import { label, marker, svgDocument, type Box } from './svgElements';
import { safeHref } from './svgText';
import { wrapText } from './textMetrics';
import { remember } from '../remember';

export interface DistrictMapInput {
  /** Districts of the site's content, linked and highlighted (ids must be Shanghai district ids). */
  highlight: Array<{ id: string; label: string; href: string }>;
  /** Key sites, drawn as linked markers on their district's tile: at most `maxSitesPerTile` a district. */
  sites: Array<{ slug: string; district: string; label: string; href: string }>;
  /** Districts with more key sites than their tile shows: one linked line each, after the key. */
  more?: Array<{ district: string; label: string; href: string }> | undefined;
  /** Labels of all 16 districts in the page's language. */
  districtLabel: (id: ShanghaiDistrictId) => string;
  title: string;
  description: string;
  /** A district id: emphasise that district (and its sites); others are context. */
  focus?: string;
}

// viewBox units: the width, padding, gap between tiles, font size, marker radius and spacing.
const [WIDTH, PAD, GAP, FONT, R, STEP] = [600, 12, 6, 14, 9, 21];
const TILE = (WIDTH - 2 * PAD - (GRID.cols - 1) * GAP) / GRID.cols;
const PER_ROW = Math.floor((TILE - 4) / STEP); // markers side by side on a tile

/**
 * The most key sites one tile shows: two rows of markers under the district's name. A district
 * with more lists the rest elsewhere (`more`), so the map, and every page that shows it, stays the
 * same size however many sites the content grows to.
 */
export const maxSitesPerTile = 2 * PER_ROW;

function tileBox(id: ShanghaiDistrictId): Box {
  const { col, row, rows } = districtTiles[id];
  return { x: PAD + col * (TILE + GAP), y: PAD + row * (TILE + GAP), width: TILE, height: rows * TILE + (rows - 1) * GAP };
}

function validate(input: DistrictMapInput): void {
  const fail = (why: string): never => {
    throw new Error(`District map "${input.title}": ${why}; Shanghai's districts are ${shanghaiDistrictIds.join(', ')}`);
  };
  for (const [index, { id }] of input.highlight.entries()) {
    if (!isShanghaiDistrictId(id)) fail(`district "${id}" (src/content/districts/*/${id}.mdx) is not a Shanghai district id`);
    if (input.highlight.findIndex((h) => h.id === id) !== index) fail(`district "${id}" is highlighted twice`);
  }
  for (const { slug, district } of input.sites) {
    if (!isShanghaiDistrictId(district))
      fail(`site "${slug}" has district "${district}" (field "district" of src/content/sites/*/${slug}.mdx)`);
  }
  const crowded = shanghaiDistrictIds.find((id) => input.sites.filter((site) => site.district === id).length > maxSitesPerTile);
  if (crowded) fail(`more than ${maxSitesPerTile} key sites on the tile of "${crowded}" (list the rest in "more")`);
  if (input.focus !== undefined && !isShanghaiDistrictId(input.focus)) fail(`focus "${input.focus}" is not a Shanghai district id`);
  const unnamed = shanghaiDistrictIds.find((id) => input.districtLabel(id).trim() === '');
  if (unnamed) fail(`no name for "${unnamed}" (key shanghaiDistricts.${unnamed} in src/i18n/ui/<locale>.json)`);
}

/** The district's name, wrapped to its tile, centred above the tile's markers if it has any. */
function tileName(box: Box, name: string, markerRows: number): string {
  const lines = wrapText(name, FONT, box.width - 8, true);
  const middle = box.y + (box.height - markerRows * STEP) / 2 - ((lines.length - 1) * 1.15 * FONT) / 2;
  return label({ at: [box.x + box.width / 2, middle + 0.35 * FONT], lines, fontSize: FONT, bold: true });
}

/**
 * A numbered marker: the number ties a marker on a tile to its name in the key. Hidden from
 * assistive technology, so the link is named by the site's name alone.
 */
function numbered([x, y]: Point, n: number, fill: string): string {
  const number = `<text x="${coord(x)}" y="${coord(y + 4)}" font-size="11" font-weight="700" text-anchor="middle" fill="${colors.halo}">${n}</text>`;
  return `<g aria-hidden="true">${marker('circle', [x, y], R, fill)}${number}</g>`;
}

/** The i-th of a tile's markers: rows of as many as fit, from the bottom up, none covering another. */
function markerSpot(box: Box, i: number, count: number): Point {
  const row = Math.floor(i / PER_ROW);
  const inRow = Math.min(PER_ROW, count - row * PER_ROW);
  return [box.x + box.width / 2 + ((i % PER_ROW) - (inRow - 1) / 2) * STEP, box.y + box.height - R - 5 - row * STEP];
}

/** Draws the map, every time (renderDistrictMap remembers the result). */
export function drawDistrictMap(input: DistrictMapInput): string {
  validate(input);
  const focus = input.focus;
  const linked = new Map(input.highlight.map((h) => [h.id, h]));
  const sitesOf = (id: string) => input.sites.filter((site) => site.district === id);
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
    const drawn = tile + tileName(box, input.districtLabel(id), Math.ceil(sitesOf(id).length / PER_ROW));
    if (link) links.push(`<a href="${safeHref(link.href)}">${drawn}</a>`);
    else context.push(drawn);
  }

  // The key: one row per site under the tiles, the same number as its marker.
  let y = PAD + GRID.rows * (TILE + GAP) + 8;
  const sites = input.sites.map((site, index) => {
    const neighbours = sitesOf(site.district);
    const spot = markerSpot(tileBox(site.district as ShanghaiDistrictId), neighbours.indexOf(site), neighbours.length);
    const fill = focus && focus !== site.district ? colors.siteMuted : colors.site;
    const lines = wrapText(site.label, FONT, WIDTH - 2 * PAD - 2 * R - 10);
    const bold = site.district === focus;
    const key =
      numbered([PAD + R, y + R], index + 1, fill) +
      label({ at: [PAD + 2 * R + 8, y + R + 5], lines, fontSize: FONT, anchor: 'start', bold });
    y += Math.max(2 * R, 1.15 * FONT * lines.length) + 8;
    return `<a href="${safeHref(site.href)}">${numbered(spot, index + 1, fill)}${key}</a>`;
  });
  // Then a line for each district whose tile could not show all its sites.
  const more = (input.more ?? []).map((line) => {
    const lines = wrapText(line.label, FONT, WIDTH - 2 * PAD);
    const text = label({ at: [PAD, y + R + 5], lines, fontSize: FONT, anchor: 'start', bold: line.district === focus });
    y += Math.max(2 * R, 1.15 * FONT * lines.length) + 8;
    return `<a href="${safeHref(line.href)}">${text}</a>`;
  });

  return svgDocument('district', districtMapKey(input), {
    width: WIDTH,
    height: Math.ceil(y + PAD - 8),
    title: input.title,
    description: input.description,
    // Context tiles repeat nothing a link says, so assistive technology skips them.
    body: `<g aria-hidden="true">${context.join('')}</g>${links.join('')}${sites.join('')}${more.join('')}`,
  });
}

/** Everything the drawing depends on, the names of the districts included. */
function districtMapKey(input: DistrictMapInput): string {
  const { districtLabel, ...seed } = input;
  return JSON.stringify({ ...seed, names: shanghaiDistrictIds.map((id) => districtLabel(id)) });
}

/** Maps drawn in this process, by input: thousands of site pages ask for the same few maps. */
const drawn = new Map<string, string>();

export function renderDistrictMap(input: DistrictMapInput): string {
  return remember(drawn, districtMapKey(input), () => drawDistrictMap(input));
}
