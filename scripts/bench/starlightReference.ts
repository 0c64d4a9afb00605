/**
 * `npx tsx scripts/bench/starlightReference.ts [--runs=3]` (`npm run bench:starlight`): the clean
 * build's time per page, ours against a Starlight site with the same content (issue 23: "no slower
 * than the Starlight reference"). Writes bench/starlight.md.
 *
 * - Starlight is installed with npm into a project in the temp folder, outside the repository,
 *   kept between runs and keyed by the versions (<tmp>/gis-starlight-reference/<versions>/);
 *   installing is not timed. It never becomes a dependency of the site.
 * - Each run mirrors src/content into that project: one docs page per entry at our URL
 *   (/<locale>/<route>/), title and summary as frontmatter, `<Fact>` replaced by its text.
 * - Both are built from clean, alternating which goes first, `--runs` times: ours in a fresh
 *   copy with empty caches, Starlight after deleting its dist/ and content store. Both index
 *   search with Pagefind as part of `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { copyEnv, copyProject } from '../../tests/helpers/fixtureBuild';
import { builtPages } from '../../tests/helpers/dist';
import { timed } from './scaleRun';
import { buildPhases } from './buildPhases';
import { docsFile, docsPage, median, msPerPage, starlightLocales, verdict } from './starlightMirror';
import { readContentFiles } from '../../src/lib/content/catalogue';
import { collections } from '../../src/lib/collections/metadata';
import { collectionNames, type CollectionName } from '../../src/lib/content/schemas';
import { isLocale } from '../../src/i18n/locales';
import { commandLine } from '../commandLine';
import { reportTemplate } from '../reportTemplate';

const projectRoot = join(import.meta.dirname, '..', '..');

/**
 * The newest Starlight whose peer range accepts Astro 5 (`npm view @astrojs/starlight@0.37.7
 * peerDependencies`: astro ^5.5.0). 0.38 and later need Astro 6, which needs Node 22.
 */
const starlightVersion = '0.37.7';

/** The version of one of our installed packages. */
function installedVersion(name: string): string {
  const file = join(projectRoot, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

const versions = {
  astro: installedVersion('astro'),
  pagefind: installedVersion('pagefind'),
  mdx: installedVersion('@astrojs/mdx'),
};

function runsArgument(): number {
  const value = commandLine({ usage: 'npm run bench:starlight -- [--runs=3]', options: { runs: { type: 'string', default: '3' } } }).values
    .runs;
  const runs = Number(value);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs=${value}: give a whole number of runs, 1 or more`);
  return runs;
}

/**
 * Starlight, Astro, Pagefind and @astrojs/mdx installed once per set of versions. Astro is ours,
 * and Pagefind and MDX are pinned to ours too (Starlight's ranges accept them), so the two builds
 * differ in the site, not in those packages. The install goes to a staging folder renamed at the
 * end: an interrupted install leaves no half cache behind.
 *
 * The project is built where it is installed, with its own node_modules. Two other places fail:
 * a project linking to node_modules elsewhere (as copyProject() does) stops Astro on Starlight's
 * components ("No cached compile metadata found": it resolves their real path, outside the
 * root, as if under the root), and one under our node_modules/.cache would sit inside a
 * node_modules folder, which Vite treats as dependencies.
 */
function installedReference(): string {
  const key = `starlight-${starlightVersion}-astro-${versions.astro}-pagefind-${versions.pagefind}-mdx-${versions.mdx}`;
  const folder = join(tmpdir(), 'gis-starlight-reference', key);
  if (existsSync(join(folder, 'node_modules', '@astrojs', 'starlight', 'package.json'))) return folder;

  const staging = `${folder}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const dependencies = {
    '@astrojs/starlight': starlightVersion,
    astro: versions.astro,
    pagefind: versions.pagefind,
    '@astrojs/mdx': versions.mdx,
  };
  writeFileSync(
    join(staging, 'package.json'),
    `${JSON.stringify({ name: 'starlight-reference', private: true, type: 'module', dependencies }, null, 2)}\n`,
  );
  console.log(`Installing the Starlight reference (${key}), not timed…`);
  // No install scripts: the packages' binaries come as platform packages, and no script may
  // download anything else (sharp's and esbuild's only re-check what npm installed).
  const install = spawnSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: staging,
    stdio: 'inherit',
  });
  if (install.status !== 0) throw new Error(`npm install in ${staging} failed (status ${install.status})`);
  rmSync(folder, { recursive: true, force: true });
  renameSync(staging, folder);
  return folder;
}

/** Starlight's config: our locales under their own prefixes, English the default, our default site URL (so Starlight writes a sitemap, as ours does). */
function astroConfig(): string {
  return `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://gather-in-shanghai.example.org',
  integrations: [
    starlight({
      title: 'Gather in Shanghai (Starlight reference)',
      defaultLocale: 'en',
      locales: ${JSON.stringify(starlightLocales(), null, 2).replace(/\n/g, '\n      ')},
    }),
  ],
});
`;
}

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

const isCollection = (name: string): name is CollectionName => (collectionNames as readonly string[]).includes(name);

/** Writes every entry of our src/content as a docs page; returns how many. */
function mirrorContent(docsDir: string): number {
  let written = 0;
  for (const file of readContentFiles(join(projectRoot, 'src', 'content'), projectRoot)) {
    if (!isCollection(file.collection) || !isLocale(file.locale) || file.data instanceof Error) continue;
    const data = file.data as { title?: unknown; summary?: unknown };
    if (typeof data.title !== 'string') throw new Error(`${file.file}: no title`);
    const target = join(docsDir, docsFile(file.locale, collections[file.collection].route(file.slug)));
    mkdirSync(dirname(target), { recursive: true });
    const summary = typeof data.summary === 'string' ? data.summary : undefined;
    writeFileSync(target, docsPage({ title: data.title, summary, body: file.body ?? '' }));
    written += 1;
  }
  return written;
}

/** The installed reference as a Starlight site of our current content: config and docs written afresh. */
function starlightProject(root: string): string {
  rmSync(join(root, 'src'), { recursive: true, force: true });
  writeFileSync(join(root, 'astro.config.mjs'), astroConfig());
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'content.config.ts'), contentConfig);
  const entries = mirrorContent(join(root, 'src', 'content', 'docs'));
  console.log(`Starlight project with ${entries} docs pages in ${root}`);
  return root;
}

interface Run {
  site: 'ours' | 'Starlight';
  round: number;
  pages: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakMb: number;
  /** One-minute load average just before the build started (2 = both cores of this machine busy). */
  loadBefore: number;
  /** Ours only: seconds spent on the preview-image and QR-code routes, from Astro's log (whole seconds). */
  imagesAndQrSeconds?: number;
}

/** Our routes that draw what Starlight does not: a preview image and two QR code files per page. */
const imageRoutes = ['src/pages/og/[...path].png.ts', 'src/pages/qr/[...path].ts'];

/** Ours from clean: a fresh copy, its own empty content store (copyEnv) and preview-image/QR cache. */
function buildOurs(round: number): Run {
  const root = copyProject();
  try {
    // A full build whatever the caller's shell says: all locales, search index, MDX at content sync.
    const env = copyEnv(root, {
      BUILD_CACHE_DIR: join(root, '.build-cache'),
      BUILD_LOCALES: undefined,
      SKIP_SEARCH_INDEX: undefined,
      CONTENT_RENDER: undefined,
    });
    const loadBefore = loadavg()[0]!;
    const result = timed(['npx', 'astro', 'build'], root, env);
    const routes = buildPhases(result.log).routes;
    const imagesAndQrSeconds = imageRoutes.reduce((sum, route) => sum + (routes[route] ?? 0), 0);
    return { site: 'ours', round, pages: builtPages(join(root, 'dist')).length, ...figures(result), loadBefore, imagesAndQrSeconds };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Starlight from clean: no dist/, no content store (node_modules/.astro), no generated types (.astro/). */
function buildStarlight(root: string, round: number): Run {
  for (const generated of ['dist', '.astro', join('node_modules', '.astro')])
    rmSync(join(root, generated), { recursive: true, force: true });
  const env = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };
  const loadBefore = loadavg()[0]!;
  const result = timed(['npx', 'astro', 'build'], root, env);
  return { site: 'Starlight', round, pages: builtPages(join(root, 'dist')).length, ...figures(result), loadBefore };
}

function figures(result: ReturnType<typeof timed>): Pick<Run, 'wallSeconds' | 'cpuSeconds' | 'peakMb'> {
  return { wallSeconds: result.seconds, cpuSeconds: result.cpuSeconds, peakMb: Math.round(result.peakKb / 1024) };
}

interface Summary {
  site: Run['site'];
  pages: number;
  wallSeconds: number;
  cpuSeconds: number;
  wallMsPerPage: number;
  cpuMsPerPage: number;
}

function summarise(site: Run['site'], runs: readonly Run[]): Summary {
  const mine = runs.filter((r) => r.site === site);
  const pages = median(mine.map((r) => r.pages));
  const wallSeconds = median(mine.map((r) => r.wallSeconds));
  const cpuSeconds = median(mine.map((r) => r.cpuSeconds));
  return { site, pages, wallSeconds, cpuSeconds, wallMsPerPage: msPerPage(wallSeconds, pages), cpuMsPerPage: msPerPage(cpuSeconds, pages) };
}

/** The machine line, as scripts/bench.ts writes it (without the browser, which this script does not use). */
function machineLine(): string {
  const memory = `${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
  return `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${memory}, Linux ${release()}, Node ${process.version}`;
}

function report(runs: readonly Run[], runCount: number): string {
  const ours = summarise('ours', runs);
  const starlight = summarise('Starlight', runs);
  const loads = runs.map((r) => r.loadBefore);
  return [
    '# Clean build per page: ours against a Starlight reference',
    '',
    `Made by \`npx tsx scripts/bench/starlightReference.ts --runs=${runCount}\` (\`npm run bench:starlight\`) on ${new Date().toISOString().slice(0, 10)}.`,
    `Machine: ${machineLine()}.`,
    `Versions: astro ${versions.astro} in both; @astrojs/starlight ${starlightVersion} (the newest that accepts Astro 5; 0.38 needs Astro 6 and Node 22); ` +
      `pagefind ${versions.pagefind} and @astrojs/mdx ${versions.mdx} in both.`,
    '',
    '## Method',
    '',
    reportTemplate(new URL('./starlightMethod.md', import.meta.url), {
      rounds: runCount === 1 ? 'one round' : `${runCount} rounds, alternating which goes first`,
    }),
    '',
    '## Runs',
    '',
    '| round | site | pages | wall s | of which preview images and QR codes s | CPU s | peak MB | load before |',
    '|---|---|---|---|---|---|---|---|',
    ...runs.map(
      (r) =>
        `| ${r.round} | ${r.site} | ${r.pages} | ${r.wallSeconds.toFixed(1)} | ${r.imagesAndQrSeconds ?? '–'} | ${r.cpuSeconds.toFixed(1)} | ${r.peakMb} | ${r.loadBefore.toFixed(1)} |`,
    ),
    '',
    "Preview images and QR codes: the wall seconds Astro's log gives their two routes (whole seconds, read by `buildPhases()`), a part of our build Starlight has no counterpart for.",
    '',
    '## Medians',
    '',
    '| site | pages | wall s | CPU s | wall ms per page | CPU ms per page |',
    '|---|---|---|---|---|---|',
    ...[ours, starlight].map(
      (s) =>
        `| ${s.site} | ${s.pages} | ${s.wallSeconds.toFixed(1)} | ${s.cpuSeconds.toFixed(1)} | ${s.wallMsPerPage} | ${s.cpuMsPerPage} |`,
    ),
    '',
    `Load average before the builds: ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)}.`,
    '',
    `**Wall time**, ${verdict(ours.wallMsPerPage, starlight.wallMsPerPage)}.`,
    '',
    `**CPU time**, ${verdict(ours.cpuMsPerPage, starlight.cpuMsPerPage)}.`,
    '',
  ].join('\n');
}

const runCount = runsArgument();
const starlightRoot = starlightProject(installedReference());
const runs: Run[] = [];
for (let round = 1; round <= runCount; round += 1) {
  // Alternate which goes first, so neither always meets the machine after the other's build.
  const order = round % 2 ? (['ours', 'Starlight'] as const) : (['Starlight', 'ours'] as const);
  for (const site of order) {
    const run = site === 'ours' ? buildOurs(round) : buildStarlight(starlightRoot, round);
    console.log(
      `round ${round} ${site}: ${run.pages} pages, ${run.wallSeconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, ${run.peakMb} MB, load before ${run.loadBefore.toFixed(1)}`,
    );
    runs.push(run);
  }
}

// In Prettier's form, with the project's settings, so `npm run lint` passes on the file as written.
const target = join(projectRoot, 'bench', 'starlight.md');
const markdown = await format(report(runs, runCount), { ...(await resolveConfig(target)), filepath: target });
writeFileSync(target, markdown);
console.log(`\n${markdown}`);
