import { describe, expect, it } from 'vitest';
import { buildPhases } from '../../scripts/bench/buildPhases';

// The shape of `astro build` output (5.18), trimmed.
const log = `23:58:30 [content] Syncing content
23:58:31 [prerendered-mdx] src/content/event: 5 bodies rendered, 0 unchanged
23:59:05 [content] Synced content
23:59:10 [build] Building static entrypoints...
23:59:50 [vite] ✓ built in 40.12s
23:59:50 [build] ✓ Completed in 40.15s.
23:59:50 [vite] ✓ built in 131ms

 generating static routes 
23:59:52 ▶ src/pages/[lang]/incentives/[slug].astro
23:59:52   ├─ /en/incentives/a/index.html (+3ms) 
00:00:04 ▶ src/pages/[lang]/stories/[slug].astro
00:00:10 λ src/pages/og/[...path].png.ts
00:00:10   ├─ /og/en/index.png/ (+6ms) 
00:01:20 λ src/pages/qr/[...path].ts
00:01:35 ✓ Completed in 105.00s.
`;

describe('buildPhases', () => {
  it('reads the bundle time and each route until generation completes, across midnight', () => {
    expect(buildPhases(log)).toEqual({
      syncSeconds: 35,
      bundleSeconds: 40.12,
      routes: {
        'src/pages/[lang]/incentives/[slug].astro': 12,
        'src/pages/[lang]/stories/[slug].astro': 6,
        'src/pages/og/[...path].png.ts': 70,
        'src/pages/qr/[...path].ts': 15,
      },
    });
  });

  it('reads bundle times past a minute and under a second', () => {
    expect(buildPhases(log.replace('built in 40.12s', 'built in 6m 5s')).bundleSeconds).toBe(365);
    expect(buildPhases(log.replace('built in 40.12s', 'built in 812ms')).bundleSeconds).toBe(0.812);
    expect(buildPhases(log.replace('built in 40.12s', 'built in 7m')).bundleSeconds).toBe(420);
  });

  it('says what is missing when the log is not a full build log', () => {
    expect(() => buildPhases('')).toThrow(/--silent/);
    expect(() => buildPhases('10:00:00 [vite] ✓ built in 2.00s')).toThrow(/generating static routes/);
  });
});
