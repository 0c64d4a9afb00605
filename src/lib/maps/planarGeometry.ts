/**
 * Flat geometry on projected (viewBox) coordinates: enough to place labels and decide what is in
 * view. Shapes are polygons as lists of rings; the data has no holes, but even-odd tests keep any
 * hole right anyway.
 */
import type { Point } from './pathData';

export type Ring = ReadonlyArray<Point>;
export type Polygon = ReadonlyArray<Ring>;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function boundsOf(points: Iterable<Point>): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  if (minX === Infinity) throw new Error('No points to bound');
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

export function boxContains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** Absolute area of a ring (shoelace). */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const a = ring[j];
    const b = ring[i];
    if (a && b) sum += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(sum) / 2;
}

/** Even-odd point-in-polygon over every ring of the polygon. */
export function pointInPolygon(point: Point, polygon: Polygon): boolean {
  const [px, py] = point;
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const a = ring[i];
      const b = ring[j];
      if (!a || !b) continue;
      if (a[1] > py !== b[1] > py && px < ((b[0] - a[0]) * (py - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
    }
  }
  return inside;
}

/** Distance from a point to the nearest edge of a polygon. */
function distanceToEdges(point: Point, polygon: Polygon): number {
  let best = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const a = ring[j];
      const b = ring[i];
      if (!a || !b) continue;
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const lengthSquared = dx * dx + dy * dy;
      const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / lengthSquared));
      best = Math.min(best, Math.hypot(point[0] - (a[0] + t * dx), point[1] - (a[1] + t * dy)));
    }
  }
  return best;
}

/** The part two boxes share, or null. */
export function intersectBoxes(a: Box, b: Box): Box | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

/**
 * Points well inside a polygon for its label, best first: of a grid of candidates, the inside
 * ones farthest from any edge, kept `spacing` apart so the alternatives differ. The centroid
 * would fall outside concave shapes such as Xuhui's or Pudong's. `within` keeps the points in
 * the visible part of a shape that a zoomed map cuts off. Empty when no part is in view.
 */
export function labelPoints(polygon: Polygon, options: { within?: Box; count?: number; spacing?: number } = {}): Point[] {
  const { within, count = 1, spacing = 20 } = options;
  const whole = boundsOf(polygon.flat());
  const box = within ? intersectBoxes(whole, within) : whole;
  if (!box) return [];
  const steps = 24;
  const scored: Array<{ point: Point; distance: number }> = [];
  for (let i = 0; i <= steps; i += 1) {
    for (let j = 0; j <= steps; j += 1) {
      const point: Point = [box.x + (box.width * i) / steps, box.y + (box.height * j) / steps];
      if (!pointInPolygon(point, polygon)) continue;
      // A label centred on the edge of the view would be cut in half: the view's edge counts too.
      const toView = within
        ? Math.min(point[0] - within.x, within.x + within.width - point[0], point[1] - within.y, within.y + within.height - point[1])
        : Infinity;
      scored.push({ point, distance: Math.min(distanceToEdges(point, polygon), toView) });
    }
  }
  scored.sort((a, b) => b.distance - a.distance);
  const chosen: Point[] = [];
  for (const { point } of scored) {
    if (chosen.length >= count) break;
    if (chosen.every((other) => Math.hypot(other[0] - point[0], other[1] - point[1]) >= spacing)) chosen.push(point);
  }
  return chosen;
}

/** Whether segment a–b crosses or touches the box (Liang–Barsky clipping). */
function segmentTouchesBox(a: Point, b: Point, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const checks: Array<[number, number]> = [
    [-dx, a[0] - box.x],
    [dx, box.x + box.width - a[0]],
    [-dy, a[1] - box.y],
    [dy, box.y + box.height - a[1]],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** Whether a label box would cover any part of a polygon. */
export function boxTouchesPolygon(box: Box, polygon: Polygon): boolean {
  if (pointInPolygon([box.x + box.width / 2, box.y + box.height / 2], polygon)) return true;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const a = ring[j];
      const b = ring[i];
      if (a && b && segmentTouchesBox(a, b, box)) return true;
    }
  }
  return false;
}
