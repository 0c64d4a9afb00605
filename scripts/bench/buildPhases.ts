/**
 * Where an Astro build's time goes, read from its own log (`astro build` without --silent):
 * the server bundle (Vite), then each route in the order Astro generates them. Astro stamps every
 * line with the wall-clock second, so phases are whole seconds, good enough at benchmark sizes.
 */
export interface BuildPhases {
  /** "Syncing content" to "Synced content": loaders read every entry (and render MDX bodies). */
  syncSeconds: number;
  /** "Building static entrypoints": Vite compiles and bundles every page and MDX entry. */
  bundleSeconds: number;
  /** Seconds per route while generating, e.g. { 'src/pages/og/[...path].png.ts': 68 }. */
  routes: Record<string, number>;
}

const stamp = /^(\d{2}):(\d{2}):(\d{2}) /;
// Colours are off when output is not a terminal, but strip them in case FORCE_COLOR is set.
const plain = (line: string) => line.replace(/\u001b\[[0-9;]*m/g, '');

function seconds(line: string): number | undefined {
  const m = stamp.exec(line);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
}

/** Elapsed seconds from a to b on a 24-hour clock (a build may cross midnight). */
const elapsed = (a: number, b: number) => (b - a + 86_400) % 86_400;

/** Vite's displayTime: "812ms", "42.07s", "6m 5s" or "7m". */
function viteDuration(text: string): number {
  let total = 0;
  for (const [, value, unit] of text.trim().matchAll(/([\d.]+)(ms|m|s)\b/g))
    total += Number(value) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1);
  return total;
}

export function buildPhases(log: string): BuildPhases {
  const lines = log.split('\n').map(plain);
  const bundle = lines.map((l) => /\[vite\] ✓ built in (.+)$/.exec(l)?.[1]).find(Boolean);
  if (!bundle) throw new Error('No "[vite] ✓ built in" line: was the build run without --silent?');
  const bundleSeconds = viteDuration(bundle);

  const syncStart = lines.find((l) => l.includes('[content] Syncing content'));
  const syncEnd = lines.find((l) => l.includes('[content] Synced content'));
  const syncSeconds = syncStart && syncEnd ? elapsed(seconds(syncStart) ?? 0, seconds(syncEnd) ?? 0) : 0;

  const start = lines.findIndex((l) => l.includes('generating static routes'));
  if (start < 0) throw new Error('No "generating static routes" section in the build log');
  const routes: Record<string, number> = {};
  let current: { route: string; at: number } | undefined;
  for (const line of lines.slice(start)) {
    const at = seconds(line);
    if (at === undefined) continue;
    const route = /^\S+ [▶λ] (\S+)/.exec(line)?.[1];
    const done = /✓ Completed in/.test(line);
    if (!route && !done) continue;
    if (current) routes[current.route] = (routes[current.route] ?? 0) + elapsed(current.at, at);
    if (done) break;
    current = { route: route!, at };
  }
  return { syncSeconds, bundleSeconds, routes };
}
