/**
 * Compact SVG path data from projected rings. Coordinates are rounded to tenths of a viewBox unit
 * (invisible at any screen size) and written as relative steps, which roughly halves the bytes of
 * every map: the maps are inlined in pages that must stay under 50 KB.
 */
export type Point = readonly [number, number];

/** A number in tenths, without a trailing ".0" or a leading zero: 12, 3.4, -.5. */
function tenths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 10);
  const fraction = abs % 10;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${fraction}`;
}

/** Joins numbers with a space, except before a minus sign, which already separates them. */
function joinNumbers(values: readonly number[]): string {
  let out = '';
  for (const value of values) {
    const text = tenths(value);
    out += out === '' || text.startsWith('-') ? text : ` ${text}`;
  }
  return out;
}

export interface PathOptions {
  /** Drop points closer than this (viewBox units) to the last kept one: detail below a pixel. */
  minStep?: number;
  /** Close each ring with "z" (areas) or leave it open (lines). */
  closed?: boolean;
}

/** "M x y l dx dy … z" for each ring; rings that shrink to fewer than three points are left out. */
export function ringsToPath(rings: ReadonlyArray<ReadonlyArray<Point>>, options: PathOptions = {}): string {
  const { minStep = 0, closed = true } = options;
  const minimumPoints = closed ? 3 : 2;
  let out = '';
  for (const ring of rings) {
    const kept: Array<[number, number]> = [];
    for (const [x, y] of ring) {
      const point: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
      const last = kept[kept.length - 1];
      if (last && Math.hypot(point[0] - last[0], point[1] - last[1]) < Math.max(minStep * 10, 1)) continue;
      kept.push(point);
    }
    // A closed ring repeats its first point at the end; "z" draws that edge.
    const first = kept[0];
    const last = kept[kept.length - 1];
    if (closed && kept.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) kept.pop();
    if (!first || kept.length < minimumPoints) continue;
    const steps: number[] = [];
    for (let i = 1; i < kept.length; i += 1) {
      const here = kept[i];
      const before = kept[i - 1];
      if (here && before) steps.push(here[0] - before[0], here[1] - before[1]);
    }
    out += `M${joinNumbers(first)}l${joinNumbers(steps)}${closed ? 'z' : ''}`;
  }
  return out;
}

/** Rounds one coordinate for an attribute (x, y, cx …) the same way the paths are rounded. */
export function coord(value: number): string {
  return tenths(Math.round(value * 10));
}
