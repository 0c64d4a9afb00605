/** The CI workflow builds one shard per locale of src/i18n/locales.ts and merges them all. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';

interface Step {
  uses?: string;
  name?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  outputs?: Record<string, string>;
  strategy?: { matrix?: { locale?: unknown } };
  steps: Step[];
}

const workflow = parse(readFileSync(join(import.meta.dirname, '..', '..', '.github', 'workflows', 'build.yml'), 'utf8')) as {
  jobs: Record<string, Job>;
};
const { locales, shard, merge } = workflow.jobs;

describe('.github/workflows/build.yml', () => {
  it('takes its matrix from the locale table, so a new locale gets a shard with no edit here', () => {
    expect(shard?.needs).toBe('locales');
    expect(shard?.strategy?.matrix?.locale).toBe('${{ fromJSON(needs.locales.outputs.list) }}');
    expect(locales?.steps.at(-1)?.run).toBe('echo "list=$(npm run --silent build:locales)" >> "$GITHUB_OUTPUT"');
    const printed = execFileSync('npx', ['tsx', 'scripts/build-locales.ts'], {
      cwd: join(import.meta.dirname, '..', '..'),
      encoding: 'utf8',
    });
    expect(JSON.parse(printed)).toEqual(localeCodes);
  });

  it('builds each shard with BUILD_LOCALES and uploads its dist/ as an artifact of its own', () => {
    const build = shard?.steps.find((s) => s.run === 'npm run build');
    expect(build?.env?.BUILD_LOCALES).toBe('${{ matrix.locale }}');
    const upload = shard?.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.with).toMatchObject({ name: 'shard-${{ matrix.locale }}', path: 'dist/' });
  });

  it('restores one cache folder per locale before the build, holding the preview images, QR codes and content store', () => {
    const steps = shard?.steps ?? [];
    const cacheAt = steps.findIndex((s) => s.uses?.startsWith('actions/cache'));
    const buildAt = steps.findIndex((s) => s.run === 'npm run build');
    const installAt = steps.findIndex((s) => s.run?.startsWith('npm ci'));
    // After npm ci, which empties node_modules; before the build, which reads it.
    expect(installAt).toBeLessThan(cacheAt);
    expect(cacheAt).toBeLessThan(buildAt);
    const folder = String(steps[cacheAt]?.with?.path);
    const env = steps[buildAt]?.env ?? {};
    expect(env.BUILD_CACHE_DIR).toBe(folder);
    expect(env.ASTRO_CACHE_DIR?.startsWith(`${folder}/`)).toBe(true);
    expect(String(steps[cacheAt]?.with?.key)).toContain('${{ matrix.locale }}');
    expect(readFileSync(join(import.meta.dirname, '..', '..', '.gitignore'), 'utf8').split('\n')).toContain(`${folder}/`);
  });

  it('merges every shard after all are built, then deploys', () => {
    expect(merge?.needs).toBe('shard');
    const download = merge?.steps.find((s) => s.uses?.startsWith('actions/download-artifact'));
    expect(download?.with).toMatchObject({ pattern: 'shard-*', path: 'shards/' });
    expect(merge?.steps.some((s) => s.run?.startsWith('npm run build:merge -- shards/shard-* --out dist/'))).toBe(true);
    expect(merge?.steps.at(-1)?.name).toMatch(/^Deploy/);
  });
});
