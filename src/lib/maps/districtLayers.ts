/**
 * The layers of a district map in one projection and view: context districts in grey, the
 * highlighted districts as links with their labels, then the key sites as linked markers. Paint
 * order is document order in SVG, so labels are placed to avoid the shapes drawn after them.
 */
import type { FittedProjection } from './fitProjection';
import { placeLabels, type LabelRequest } from './labelLayout';
import { colors, strokes } from './mapTheme';
import { ringsToPath, type Point } from './pathData';
import { boundsOf, boxesOverlap, labelPoints, ringArea, type Box, type Polygon } from './planarGeometry';
import { shanghaiDistricts, type ShanghaiDistrict } from './shanghaiDistricts';
import { labelText, leaderLine, marker } from './svgElements';
import { safeHref } from './svgText';

export interface LinkedDistrict {
  id: string;
  label: string;
  href: string;
}

export interface LinkedSite {
  label: string;
  href: string;
  lon: number;
  lat: number;
}

export interface DistrictLayerInput {
  projection: FittedProjection;
  /** The visible part of the viewBox. */
  view: Box;
  highlight: readonly LinkedDistrict[];
  sites: readonly LinkedSite[];
  otherDistrictLabel?: (name: string, id: string) => string;
  /** Geometry detail: points closer than this (viewBox units) are merged. */
  minStep: number;
  fontSize: { highlight: number; site: number; other: number };
  /** Boxes drawn on top of the map (an inset), which labels must stay clear of. */
  reserved?: readonly Box[];
}

export interface ProjectedDistrict {
  district: ShanghaiDistrict;
  polygons: Polygon[];
  bounds: Box;
}

export const SITE_MARKER_RADIUS = 6.5;

export function projectDistricts(projection: FittedProjection): ProjectedDistrict[] {
  return shanghaiDistricts.map((district) => {
    const polygons = district.polygons.map((rings) => rings.map((ring) => ring.map((lonLat) => projection.project(lonLat))));
    return { district, polygons, bounds: boundsOf(polygons.flat(2)) };
  });
}

/** The biggest polygon of a district: Pudong's mainland, not its islands. */
function mainPolygon(projected: ProjectedDistrict): Polygon {
  const sorted = [...projected.polygons].sort((a, b) => ringArea(b[0] ?? []) - ringArea(a[0] ?? []));
  return sorted[0] ?? [];
}

function areaPath(projected: ProjectedDistrict, minStep: number, fill: string, stroke: string, width: number): string {
  const d = ringsToPath(projected.polygons.flat(), { minStep });
  return `<path class="gis-map__area" data-district="${projected.district.id}" d="${d}" fill="${fill}" stroke="${stroke}" stroke-width="${width}" stroke-linejoin="round"/>`;
}

function centreOf(box: Box): Point {
  return [box.x + box.width / 2, box.y + box.height / 2];
}

export function districtLayers(input: DistrictLayerInput): string {
  const { view, minStep, fontSize } = input;
  const inView = projectDistricts(input.projection).filter((p) => boxesOverlap(p.bounds, view));
  const highlighted = input.highlight
    .map((h) => ({ link: h, shape: inView.find((p) => p.district.id === h.id) }))
    .filter((h): h is { link: LinkedDistrict; shape: ProjectedDistrict } => h.shape !== undefined);
  const highlightIds = new Set(highlighted.map((h) => h.link.id));
  const others = inView.filter((p) => !highlightIds.has(p.district.id));
  const sitePoints = input.sites.map((site) => input.projection.project([site.lon, site.lat]));
  const markerBoxes = sitePoints.map(([x, y]) => ({
    x: x - SITE_MARKER_RADIUS - 1,
    y: y - SITE_MARKER_RADIUS - 1,
    width: 2 * SITE_MARKER_RADIUS + 2,
    height: 2 * SITE_MARKER_RADIUS + 2,
  }));
  const highlightShapes = highlighted.map((h) => mainPolygon(h.shape));

  const requests: LabelRequest[] = [];
  highlighted.forEach((h, index) => {
    const [anchor = centreOf(h.shape.bounds), ...alternatives] = labelPoints(mainPolygon(h.shape), { within: view, count: 6 });
    const avoid = highlightShapes.filter((_, other) => other !== index);
    requests.push({
      text: h.link.label,
      fontSize: fontSize.highlight,
      bold: true,
      anchor,
      alternatives,
      gap: 0,
      area: h.shape.bounds,
      maxWidth: 150,
      avoid,
    });
  });
  sitePoints.forEach((point, index) => {
    const site = input.sites[index];
    if (site) requests.push({ text: site.label, fontSize: fontSize.site, anchor: point, gap: SITE_MARKER_RADIUS, maxWidth: 190 });
  });
  const firstOther = requests.length;
  if (input.otherDistrictLabel) {
    for (const shape of others) {
      const [anchor, ...alternatives] = labelPoints(mainPolygon(shape), { within: view, count: 6 });
      if (!anchor) continue;
      requests.push({
        text: input.otherDistrictLabel(shape.district.nameEn, shape.district.id),
        fontSize: fontSize.other,
        anchor,
        alternatives,
        gap: 0,
        maxWidth: 90,
        optional: true,
        centredOnly: true,
        avoid: highlightShapes,
      });
    }
  }
  const placed = placeLabels(requests, { bounds: view, obstacles: markerBoxes, blocked: input.reserved ?? [] });

  const grey = others.map((p) => areaPath(p, minStep, colors.area, colors.areaStroke, strokes.area)).join('');
  const otherLabels = placed
    .slice(firstOther)
    .map((label) => (label ? labelText(label, colors.mutedText) : ''))
    .join('');
  const links = highlighted
    .map((h, index) => {
      const label = placed[index];
      const text = label ? leaderLine(label) + labelText(label) : '';
      const shape = areaPath(h.shape, minStep, colors.highlight, colors.highlightStroke, strokes.highlight);
      return `<a href="${safeHref(h.link.href)}" class="gis-map__district">${shape}${text}</a>`;
    })
    .join('');
  const siteLinks = input.sites
    .map((site, index) => {
      const point: Point | undefined = sitePoints[index];
      const label = placed[highlighted.length + index];
      if (!point) return '';
      const text = label ? leaderLine(label) + labelText(label) : '';
      return `<a href="${safeHref(site.href)}" class="gis-map__site">${marker('circle', point, SITE_MARKER_RADIUS, colors.site)}${text}</a>`;
    })
    .join('');
  return `<g aria-hidden="true">${grey}${otherLabels}</g>${links}${siteLinks}`;
}
