/**
 * Places map labels so they do not overlap one another, the markers, or shapes they would hide.
 * Each label tries positions around its anchor, nearest first; one that ends up away from its
 * anchor gets a leader line. Required labels (links) always get a place, the least-overlapping
 * one if need be; optional ones (context names) are left out where there is no room.
 */
import { boxContains, boxTouchesPolygon, boxesOverlap, overlapArea, type Box, type Polygon } from './planarGeometry';
import type { Point } from './pathData';
import { ASCENT, textBlockHeight, textWidth, wrapText } from './textMetrics';

export type TextAnchor = 'start' | 'middle' | 'end';

export interface LabelRequest {
  text: string;
  fontSize: number;
  bold?: boolean;
  anchor: Point;
  /** Other points inside the same area where a centred label may go, tried before leader lines. */
  alternatives?: readonly Point[];
  /** Space kept between the anchor and the text: a marker's radius, or 0 to centre on the anchor. */
  gap: number;
  /** The labelled shape's bounds: a label bigger than its shape goes beside it, not over it. */
  area?: Box;
  /** Wrap width in viewBox units. */
  maxWidth: number;
  optional?: boolean;
  /** Only ever centred on the anchor (names of areas too small to point into). */
  centredOnly?: boolean;
  /** Shapes this label must not cover (drawn after it, they would hide it). */
  avoid?: readonly Polygon[];
}

export interface PlacedLabel {
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  textAnchor: TextAnchor;
  fontSize: number;
  bold: boolean;
  box: Box;
  /** From the anchor to the label, when the label sits away from it. */
  leader?: readonly [Point, Point];
}

interface Candidate {
  box: Box;
  textAnchor: TextAnchor;
  far: boolean;
}

const HALO = 2;

function candidates(request: LabelRequest, width: number, height: number): Candidate[] {
  const [ax, ay] = request.anchor;
  const out: Candidate[] = [];
  const fits = !request.area || (width <= request.area.width && height <= request.area.height);
  if (request.gap === 0 && fits) {
    for (const [x, y] of [request.anchor, ...(request.alternatives ?? [])]) {
      out.push({ box: { x: x - width / 2, y: y - height / 2, width, height }, textAnchor: 'middle', far: false });
    }
  }
  if (request.centredOnly) return out;
  const base = Math.max(request.gap, 4) + 2;
  const distances = [
    base,
    base + request.fontSize,
    base + 2.2 * request.fontSize,
    base + 3.6 * request.fontSize,
    base + 5.5 * request.fontSize,
  ];
  distances.forEach((d, index) => {
    const diagonal = d * 0.75;
    const far = index > 0 || (request.gap === 0 && fits);
    out.push(
      { box: { x: ax + d, y: ay - height / 2, width, height }, textAnchor: 'start', far },
      { box: { x: ax - d - width, y: ay - height / 2, width, height }, textAnchor: 'end', far },
      { box: { x: ax + diagonal, y: ay - diagonal - height, width, height }, textAnchor: 'start', far },
      { box: { x: ax + diagonal, y: ay + diagonal, width, height }, textAnchor: 'start', far },
      { box: { x: ax - diagonal - width, y: ay - diagonal - height, width, height }, textAnchor: 'end', far },
      { box: { x: ax - diagonal - width, y: ay + diagonal, width, height }, textAnchor: 'end', far },
      { box: { x: ax - width / 2, y: ay - d - height, width, height }, textAnchor: 'middle', far },
      { box: { x: ax - width / 2, y: ay + d, width, height }, textAnchor: 'middle', far },
    );
  });
  return out;
}

/** Nearest point of a box to a point, for the end of a leader line. */
function nearestOnBox(box: Box, [x, y]: Point): Point {
  return [Math.max(box.x, Math.min(x, box.x + box.width)), Math.max(box.y, Math.min(y, box.y + box.height))];
}

function padded(box: Box, pad: number): Box {
  return { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad };
}

/**
 * Places labels in order; earlier labels win. `obstacles` are boxes (markers) every label
 * avoids; `blocked` are boxes drawn on top of the labels (a locator, a legend), which would hide
 * them, so overlapping one is a last resort; `bounds` is the drawable area.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  options: { bounds: Box; obstacles?: readonly Box[]; blocked?: readonly Box[] },
): Array<PlacedLabel | null> {
  const blocked = options.blocked ?? [];
  const taken: Box[] = [...(options.obstacles ?? [])];
  return requests.map((request) => {
    const bold = request.bold ?? false;
    const lines = wrapText(request.text, request.fontSize, request.maxWidth, bold);
    const width = Math.max(...lines.map((line) => textWidth(line, request.fontSize, bold))) + 2 * HALO;
    const height = textBlockHeight(lines.length, request.fontSize) + 2 * HALO;
    let best: Candidate | null = null;
    let bestCost = Infinity;
    for (const candidate of candidates(request, width, height)) {
      const inBounds = boxContains(options.bounds, candidate.box);
      const clashes = taken.filter((box) => boxesOverlap(box, candidate.box));
      const covers = (request.avoid ?? []).some((polygon) => boxTouchesPolygon(candidate.box, polygon));
      const hidden = blocked.some((box) => boxesOverlap(box, candidate.box));
      if (inBounds && clashes.length === 0 && !covers && !hidden) {
        best = candidate;
        bestCost = 0;
        break;
      }
      const cost =
        (inBounds ? 0 : 1e6) +
        (hidden ? 1e5 : 0) +
        (covers ? 1e4 : 0) +
        clashes.reduce((sum, box) => sum + overlapArea(box, candidate.box), 0);
      if (cost < bestCost) {
        best = candidate;
        bestCost = cost;
      }
    }
    if (!best || (request.optional && bestCost > 0)) return null;
    taken.push(padded(best.box, 1));
    const { box, textAnchor } = best;
    const x = textAnchor === 'start' ? box.x + HALO : textAnchor === 'end' ? box.x + box.width - HALO : box.x + box.width / 2;
    const placed: PlacedLabel = {
      lines,
      x,
      y: box.y + HALO + ASCENT * request.fontSize,
      textAnchor,
      fontSize: request.fontSize,
      bold,
      box,
    };
    if (best.far) placed.leader = [request.anchor, nearestOnBox(box, request.anchor)];
    return placed;
  });
}
