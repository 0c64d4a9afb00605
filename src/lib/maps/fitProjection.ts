/**
 * A Mercator projection fitted to a set of lon/lat points and a box of the viewBox. Mercator keeps
 * shapes true at city scale. Points are projected one by one rather than through d3's geoPath,
 * whose spherical polygons depend on ring winding, which the district data does not promise.
 */
import { geoMercator } from 'd3-geo';
import type { LonLat } from './echartsGeoDecode';
import type { Point } from './pathData';
import { boundsOf, type Box } from './planarGeometry';

export interface FittedProjection {
  project(lonLat: readonly [number, number]): Point;
  invert(point: Point): LonLat;
}

/** Fits the points' bounds into `extent`, keeping the aspect ratio and centring the rest. */
export function fitMercator(points: Iterable<readonly [number, number]>, extent: Box): FittedProjection {
  const raw = geoMercator().scale(1).translate([0, 0]);
  const rawPoint = (lonLat: readonly [number, number]): Point => {
    const p = raw([lonLat[0], lonLat[1]]);
    if (!p) throw new Error(`Cannot project ${lonLat.join(',')}`);
    return p;
  };
  const bounds = boundsOf(Array.from(points, rawPoint));
  const k = Math.min(extent.width / bounds.width, extent.height / bounds.height);
  const offsetX = extent.x + (extent.width - bounds.width * k) / 2;
  const offsetY = extent.y + (extent.height - bounds.height * k) / 2;
  return {
    project(lonLat) {
      const [x, y] = rawPoint(lonLat);
      return [offsetX + (x - bounds.x) * k, offsetY + (y - bounds.y) * k];
    },
    invert([x, y]) {
      const lonLat = raw.invert?.([(x - offsetX) / k + bounds.x, (y - offsetY) / k + bounds.y]);
      if (!lonLat) throw new Error('Cannot invert the projection');
      return lonLat;
    },
  };
}
