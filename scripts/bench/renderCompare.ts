/**
 * `npx tsx scripts/bench/renderCompare.ts [--entries=0,400]`: a clean build with MDX compiled by
 * @astrojs/mdx (CONTENT_RENDER=mdx) next to one with bodies rendered at content sync (the
 * default), in copies of the project with `entries` synthetic entries per locale (0: the real
 * site), then a rebuild of each after one changed entry. Writes bench/prerender.md. Search
 * indexing is left out (SKIP_SEARCH_INDEX=1): it does not depend on how MDX is rendered.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { copyEnv, copyProject } from '../../tests/helpers/fixtureBuild';
import { builtPages } from '../../tests/helpers/dist';
import { buildPhases } from './buildPhases';
import { timed } from './scaleRun';
import { changeOneThaiTitle, writeSyntheticContent } from './syntheticContent';

const arg = process.argv.find((a) => a.startsWith('--entries='))?.slice('--entries='.length) ?? '0,400';
const sizes = arg.split(',').map(Number);
const modes = [
  { name: '@astrojs/mdx (CONTENT_RENDER=mdx)', env: { CONTENT_RENDER: 'mdx' } },
  { name: 'rendered at content sync', env: {} },
] as const;

const rows: string[] = [];
for (const entries of sizes) {
  for (const mode of modes) {
    const root = copyProject();
    try {
      if (entries > 0) writeSyntheticContent(join(root, 'src', 'content'), entries);
      const env = copyEnv(root, {
        ...mode.env,
        BUILD_CACHE_DIR: join(root, '.build-cache'),
        SKIP_SEARCH_INDEX: '1',
        NODE_OPTIONS: '--max-old-space-size=8192',
      });
      const cold = timed(['npx', 'astro', 'build'], root, env);
      const load = loadavg()[0]!.toFixed(1);
      const pages = builtPages(join(root, 'dist')).length;
      changeOneThaiTitle(join(root, 'src', 'content'));
      const warm = timed(['npx', 'astro', 'build'], root, env);
      const row = `| ${entries === 0 ? 'real site' : `${entries * 5} synthetic entries + real`} | ${pages} | ${mode.name} | ${cold.seconds.toFixed(1)} | ${buildPhases(cold.log).bundleSeconds.toFixed(1)} | ${cold.cpuSeconds.toFixed(1)} | ${Math.round(cold.peakKb / 1024)} | ${warm.seconds.toFixed(1)} | ${buildPhases(warm.log).bundleSeconds.toFixed(1)} | ${load} |`;
      console.log(row);
      rows.push(row);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
}

const table = [
  `# MDX: compiled by @astrojs/mdx, or rendered once at content sync`,
  '',
  `\`npx tsx scripts/bench/renderCompare.ts --entries=${arg}\` on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${new Date().toISOString().slice(0, 10)}. Clean build: empty content store, preview-image cache and dist/; rebuild: one Thai story's title changed, caches kept. Search indexing left out (SKIP_SEARCH_INDEX=1). Wall times depend on what else runs on the (shared) machine: the load average after the clean build is given; CPU seconds are user + system.`,
  '',
  '| content | pages | MDX | clean build s | of which Vite bundle s | CPU s | peak MB | rebuild s | rebuild Vite bundle s | load |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows,
  '',
].join('\n');
writeFileSync(join(import.meta.dirname, '..', '..', 'bench', 'prerender.md'), table);
console.log(table);
