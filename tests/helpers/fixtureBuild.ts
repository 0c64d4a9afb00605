/**
 * Copies of the project for builds that must not touch src/: the shared fixture site of the
 * tests (tests/helpers/fixtureSite.ts), locale shards, the benchmark.
 */
import { cpSync, mkdtempSync, mkdirSync, symlinkSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';

const projectRoot = join(import.meta.dirname, '..', '..');
const copied = ['src', 'public', 'scripts', 'vendor', 'astro.config.mjs', 'tailwind.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Copies what a build reads (sources, config, package.json) from `from` into the empty or new
 * folder `root`, sharing `from`'s node_modules through a link. The copy has its own `.astro/`.
 */
export function copyProjectInto(root: string, from: string = projectRoot): void {
  mkdirSync(root, { recursive: true });
  for (const entry of copied) cpSync(join(from, entry), join(root, entry), { recursive: true });
  symlinkSync(join(from, 'node_modules'), join(root, 'node_modules'), 'dir');
}

/** A temporary copy of the project (sharing node_modules), with `extraFiles` added (path in the copy → source file). */
export function copyProject(extraFiles: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'gis-fixture-'));
  copyProjectInto(root);
  for (const [target, source] of Object.entries(extraFiles)) {
    mkdirSync(dirname(join(root, target)), { recursive: true });
    cpSync(source, join(root, target));
  }
  return root;
}

/**
 * The environment for building a copy: no telemetry, Astro's cache (its content store) inside
 * the copy, since node_modules, where it would go, is this project's own, and NODE_ENV as a real
 * build has it: under vitest it is `test`, which makes Vite pick other package builds for the
 * client bundles, so a copy's hashed /_astro/ files would differ from `npm run build`'s.
 */
export function copyEnv(root: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(root, '.astro-cache'), ...extra };
}

/**
 * Builds a copy without blocking the test process: a long synchronous build would starve the
 * test runner's own messages (vitest times them out after a minute). Warnings and errors only,
 * unless `log` asks for Astro's whole log (what each step did).
 */
export function buildCopy(
  root: string,
  env: NodeJS.ProcessEnv = copyEnv(root),
  { log = false }: { log?: boolean } = {},
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'build', ...(log ? [] : ['--silent'])], { cwd: root, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}
