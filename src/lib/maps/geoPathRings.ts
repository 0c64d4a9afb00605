/**
 * Projected rings from d3-geo's geoPath, which does the spherical work (clipping at the map's
 * edge meridian, resampling), collected as points so they go through the same compact path
 * writer as the district map.
 */
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Point } from './pathData';

class RingCollector {
  rings: Point[][] = [];
  private current: Point[] | null = null;
  beginPath(): void {}
  moveTo(x: number, y: number): void {
    this.current = [[x, y]];
    this.rings.push(this.current);
  }
  lineTo(x: number, y: number): void {
    this.current?.push([x, y]);
  }
  closePath(): void {
    this.current = null;
  }
  // Only point geometries draw arcs, and the maps draw their own markers instead.
  arc(): void {}
}

export function projectedRings(object: GeoPermissibleObjects, projection: GeoProjection): Point[][] {
  const collector = new RingCollector();
  geoPath(projection, collector)(object);
  return collector.rings;
}
