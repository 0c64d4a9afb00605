/**
 * Compact SVG path data from projected rings: whole viewBox units (about a pixel on a phone) and
 * relative steps, which keeps an inline map within its 3 KB (gzip) share of a page.
 */
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

export type Point = readonly [number, number];

/** Joins numbers with a space, except before a minus sign, which already separates them. */
function joinNumbers(values: readonly number[]): string {
  return values.reduce<string>((out, value, i) => (i === 0 || value < 0 ? `${out}${value}` : `${out} ${value}`), '');
}

/** "M x y l dx dy … z" for each ring; rings that shrink to fewer than three points are left out. */
export function ringsToPath(rings: ReadonlyArray<ReadonlyArray<Point>>, minStep = 1): string {
  let out = '';
  for (const ring of rings) {
    const kept: Array<[number, number]> = [];
    for (const [x, y] of ring) {
      const point: [number, number] = [Math.round(x), Math.round(y)];
      const last = kept[kept.length - 1];
      // Steps shorter than minStep are detail no screen shows.
      if (last && Math.hypot(point[0] - last[0], point[1] - last[1]) < minStep) continue;
      kept.push(point);
    }
    const [first, ...rest] = kept;
    // A closed ring repeats its first point at the end; "z" draws that edge.
    const last = rest[rest.length - 1];
    if (first && last && first[0] === last[0] && first[1] === last[1]) rest.pop();
    if (!first || rest.length < 2) continue;
    const steps = rest.flatMap((point, i) => {
      const before = i === 0 ? first : rest[i - 1]!;
      return [point[0] - before[0], point[1] - before[1]];
    });
    out += `M${joinNumbers(first)}l${joinNumbers(steps)}z`;
  }
  return out;
}

/** One coordinate for an attribute (x, y, cx …), in tenths, without a trailing ".0". */
export function coord(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * Projected rings from d3-geo's geoPath, which does the spherical work (clipping at the map's
 * edge meridian, resampling), drawn into a canvas-like context that keeps the points.
 */
export function projectedRings(object: GeoPermissibleObjects, projection: GeoProjection): Point[][] {
  const rings: Point[][] = [];
  const context = {
    beginPath() {},
    moveTo: (x: number, y: number) => void rings.push([[x, y]]),
    lineTo: (x: number, y: number) => void rings[rings.length - 1]?.push([x, y]),
    closePath() {},
    arc() {}, // only points draw arcs; the maps draw their own markers
  };
  geoPath(projection, context)(object);
  return rings;
}
