import { describe, expect, it } from 'vitest';
import { summariseProfile, type CpuProfile } from '../../scripts/bench/cpuProfile';

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9 });
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 3, 4, 5] },
    { id: 2, callFrame: frame('layout', 'file:///p/node_modules/satori/dist/index.js') },
    { id: 3, callFrame: frame('(garbage collector)', '') },
    { id: 4, callFrame: frame('labelPoints', 'file:///p/dist/chunks/MapFigure_x.mjs') },
    { id: 5, callFrame: frame('somethingElse', 'file:///p/src/other.ts') },
  ],
  // Microseconds per sample.
  samples: [2, 2, 3, 4, 2, 5],
  timeDeltas: [1e6, 1e6, 5e5, 2e6, 1e6, 1e5],
};

describe('summariseProfile', () => {
  it('adds self time by area and by function, largest first', () => {
    const summary = summariseProfile(profile, 2);
    expect(summary.totalSeconds).toBeCloseTo(5.6);
    expect(summary.areas).toEqual([
      { area: 'preview images: layout (satori)', seconds: 3 },
      { area: 'maps (label placement, projection)', seconds: 2 },
      { area: 'garbage collection', seconds: 0.5 },
      { area: 'other', seconds: 0.1 },
    ]);
    expect(summary.functions).toEqual([
      { name: 'layout satori/dist/index.js:10', seconds: 3 },
      { name: 'labelPoints dist/chunks/MapFigure_x.mjs:10', seconds: 2 },
    ]);
  });
});
