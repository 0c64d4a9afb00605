/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): time by area of the build (where the fix would
 * go) and the functions with the most self time, so a slow build can be explained in a table.
 */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalSeconds: number;
  /** Self time per area, largest first. */
  areas: Array<{ area: string; seconds: number }>;
  /** Self time per function, largest first. */
  functions: Array<{ name: string; seconds: number }>;
}

/** Areas, first match wins; matched against "function url". */
const areas: Array<[string, RegExp]> = [
  ['garbage collection', /^\(garbage collector\)/],
  ['waiting (I/O, worker threads)', /^\(idle\)/],
  ['preview images: layout (satori)', /satori|yoga|opentype|wasm:\/\//],
  ['preview images: raster (resvg on this thread)', /resvg|renderOgImage|ogImage/],
  ['QR codes', /qrcode|pngjs|qrCode/],
  ['maps (label placement, projection)', /MapFigure|DistrictMap|WorldMap|d3-geo|topojson|maps\//],
  [
    'bundling (Vite, Rollup, MDX, Tailwind)',
    /rollup|vite|@mdx-js|@astrojs\/mdx|micromark|mdast|remark|rehype|unified|tailwind|postcss|esbuild|acorn/,
  ],
  ['rendering pages (Astro, i18next)', /astro|i18next|\.astro\.mjs|chunks\//],
  ['file system', /^(open|close|read|write|mkdir|fstat|stat)\w*\s|node:internal\/fs/],
];

const seconds = (microseconds: number) => microseconds / 1e6;

export function summariseProfile(profile: CpuProfile, top = 20): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const area = new Map<string, number>();
  const fn = new Map<string, number>();
  let total = 0;
  for (const [id, time] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    total += time;
    const url = frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(dist|src)\//, '$1/');
    const name = `${frame.functionName || '(anonymous)'} ${url}${url ? `:${frame.lineNumber + 1}` : ''}`.trim();
    fn.set(name, (fn.get(name) ?? 0) + time);
    const key = areas.find(([, pattern]) => pattern.test(`${frame.functionName} ${frame.url}`))?.[0] ?? 'other';
    area.set(key, (area.get(key) ?? 0) + time);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    totalSeconds: seconds(total),
    areas: sorted(area).map(([name, time]) => ({ area: name, seconds: seconds(time) })),
    functions: sorted(fn)
      .slice(0, top)
      .map(([name, time]) => ({ name, seconds: seconds(time) })),
  };
}
