/**
 * `npm run build:shards -- --jobs 2`: the CI matrix on one machine. Builds every locale as its own
 * shard (`BUILD_LOCALES=<code> astro build`, into `.shards/<code>/dist`), `--jobs` at a time with
 * concurrently (an existing runner, not a scheduler of ours), then merges them into dist/ with
 * build:merge. Each shard builds in its own copy of the project (`.shards/<code>/`, sharing
 * node_modules): a shard loads only its locales' content, and Astro writes the list of content
 * modules to `.astro/` in the project root, which two builds at once would overwrite for each
 * other. Each also gets its own Astro content store; preview images share their cache, which is
 * keyed by content hash.
 *
 * Options: --jobs N (default 2), --locales th,id (default: all of src/i18n/locales.ts),
 * --out dir (default dist).
 */
import concurrently, { type CloseEvent } from 'concurrently';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildLocales } from '../src/i18n/buildLocales';
import { mergeShards } from './build-merge';
import { copyProjectInto } from '../tests/helpers/fixtureBuild';
import { commandLine } from './commandLine';

const { values: options } = commandLine({
  usage: 'npm run build:shards -- [--jobs 2] [--locales th,id] [--out dist]',
  options: { jobs: { type: 'string', default: '2' }, locales: { type: 'string', default: '' }, out: { type: 'string', default: 'dist' } },
});
const jobs = Number(options.jobs);
if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs ${options.jobs}: give a whole number, 1 or more`);
const codes = buildLocales(options.locales);
const root = process.cwd();
const out = resolve(root, options.out);
const shardsDir = join(root, '.shards');
const cacheBase = process.env.ASTRO_CACHE_DIR ?? join(root, 'node_modules', '.astro');

rmSync(shardsDir, { recursive: true, force: true });
const started = performance.now();
const workDir = (code: string) => join(shardsDir, code);
for (const code of codes) copyProjectInto(workDir(code), root);
const { result } = concurrently(
  codes.map((code) => ({
    name: code,
    // Inside the copy: with an outDir outside its root, Astro 5.18 leaves its .astro/ files in it
    // (withastro/astro#14903), and the shards' copies would conflict in the merge.
    command: 'npx astro build --outDir dist',
    cwd: workDir(code),
    env: { BUILD_LOCALES: code, ASTRO_CACHE_DIR: join(cacheBase, 'shards', code), ASTRO_TELEMETRY_DISABLED: '1' },
  })),
  { maxProcesses: jobs, killOthersOn: ['failure'], prefix: 'name' },
);
let closed: CloseEvent[];
try {
  closed = await result;
} catch (events) {
  const failed = (events as CloseEvent[]).filter((e) => e.exitCode !== 0).map((e) => e.command.name);
  console.error(`build:shards: shard build failed: ${failed.join(', ')}`);
  process.exit(1);
}
const built = performance.now();
rmSync(out, { recursive: true, force: true });
const merged = mergeShards(
  codes.map((code) => join(workDir(code), 'dist')),
  out,
);
for (const c of merged.conflicts) console.error(`conflict: ${c.file} differs between ${c.first} and ${c.second}`);
if (merged.conflicts.length) process.exit(1);
for (const e of closed) console.log(`shard ${e.command.name}: ${e.timings.durationSeconds.toFixed(1)} s`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(
  `build:shards: ${codes.length} shards, ${jobs} at a time, in ${seconds(built - started)}; ` +
    `merged ${merged.files} files into ${out} in ${seconds(performance.now() - built)}`,
);
