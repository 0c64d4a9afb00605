/**
 * `npm run bench:profile`: where a large build spends its time. Builds a copy of the project with
 * about `--pages=5000` (the default) pages of synthetic content under `node --cpu-prof`, with an empty preview-
 * image cache, then prints the main thread's time by area and its slowest functions, and writes
 * them to bench/profile.md. The raw .cpuprofile is kept (path printed) for Chrome DevTools.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyEnv, copyProject } from '../tests/helpers/fixtureBuild';
import { writeSyntheticContent } from './bench/syntheticContent';
import { summariseProfile, type CpuProfile } from './bench/cpuProfile';
import { localeCodes } from '../src/i18n/locales';
import { commandLine } from './commandLine';
import { reportTemplate } from './reportTemplate';

const { values: options } = commandLine({
  usage: 'npm run bench:profile -- [--pages=5000]',
  options: { pages: { type: 'string', default: '5000' } },
});
const pages = Number(options.pages);
if (!Number.isInteger(pages) || pages < 1) throw new Error(`--pages=${options.pages}: give a whole number of pages`);
const root = copyProject();
const profileDir = mkdtempSync(join(tmpdir(), 'gis-profile-'));
try {
  // About `pages` pages: the synthetic entries, plus the real site's, which the copy keeps.
  writeSyntheticContent(join(root, 'src', 'content'), Math.round(pages / localeCodes.length));
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=20480',
      '--cpu-prof',
      `--cpu-prof-dir=${profileDir}`,
      join(root, 'node_modules', 'astro', 'astro.js'),
      'build',
      '--silent',
    ],
    {
      cwd: root,
      env: copyEnv(root, { BUILD_CACHE_DIR: join(root, '.build-cache') }),
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout.slice(-2000)}${run.stderr.slice(-4000)}`);
  const wall = (Date.now() - started) / 1000;
  // One profile per thread, named CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile; the
  // main thread is thread 0 (the others are the preview-image workers).
  const name = readdirSync(profileDir).find((file) => file.split('.')[4] === '0');
  const main = name && join(profileDir, name);
  if (!main) throw new Error(`no profile written to ${profileDir}`);
  const summary = summariseProfile(JSON.parse(readFileSync(main, 'utf8')) as CpuProfile, 25);
  const built = readdirSync(join(root, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || 'unknown';
  const pct = (s: number) => ((100 * s) / summary.totalSeconds).toFixed(0);
  const report = [
    `# Where a ${built}-page build spends its time`,
    '',
    reportTemplate(new URL('./profile-build.md', import.meta.url), {
      pages,
      date: new Date().toISOString().slice(0, 10),
      commit,
      wall: wall.toFixed(0),
    }),
    '',
    '| area | seconds | share |',
    '|---|---|---|',
    ...summary.areas.map((a) => `| ${a.area} | ${a.seconds.toFixed(1)} | ${pct(a.seconds)}% |`),
    '',
    '| function (self time) | seconds |',
    '|---|---|',
    ...summary.functions.map((f) => `| \`${f.name.replace(/\|/g, '\\|').slice(0, 120)}\` | ${f.seconds.toFixed(1)} |`),
    '',
  ].join('\n');
  console.log(report);
  writeFileSync(join(import.meta.dirname, '..', 'bench', 'profile.md'), report);
  console.log(`Written to bench/profile.md; raw profile: ${main}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
