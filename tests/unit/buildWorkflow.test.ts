/**
 * The CI workflow builds one shard per locale of src/i18n/locales.ts, merges them all, and deploys
 * the merged site as docs/deploying.md says: every shard for the one origin the target job chose.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { wranglerVersion } from '../helpers/pagesDev';

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  name?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  environment?: { name?: string; url?: string };
  outputs?: Record<string, string>;
  strategy?: { matrix?: { locale?: unknown } };
  steps: Step[];
}

const root = join(import.meta.dirname, '..', '..');
const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'build.yml'), 'utf8')) as {
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
};
const { target, locales, shard, merge, deploy } = workflow.jobs;
const needs = (job?: Job) => [job?.needs ?? []].flat();

describe('.github/workflows/build.yml', () => {
  it('takes its matrix from the locale table, so a new locale gets a shard with no edit here', () => {
    expect(needs(shard)).toContain('locales');
    expect(shard?.strategy?.matrix?.locale).toBe('${{ fromJSON(needs.locales.outputs.list) }}');
    expect(locales?.steps.at(-1)?.run).toBe('echo "list=$(npm run --silent build:locales)" >> "$GITHUB_OUTPUT"');
    // Node with tsx's loader, not npx: npx's own start took this test past 5 s on a busy machine.
    const printed = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-locales.ts'], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(printed)).toEqual(localeCodes);
  }, 20_000);

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

  it('merges every shard after all are built and keeps the merged site as an artifact', () => {
    expect(merge?.needs).toBe('shard');
    const download = merge?.steps.find((s) => s.uses?.startsWith('actions/download-artifact'));
    expect(download?.with).toMatchObject({ pattern: 'shard-*', path: 'shards/' });
    expect(merge?.steps.some((s) => s.run?.startsWith('npm run build:merge -- shards/shard-* --out dist/'))).toBe(true);
    expect(merge?.steps.at(-1)?.with).toMatchObject({ name: 'site', path: 'dist/' });
  });
});

describe('the deploy (docs/deploying.md)', () => {
  const decide = target?.steps.find((s) => s.id === 'decide');
  const build = shard?.steps.find((s) => s.run === 'npm run build');
  const upload = deploy?.steps.find((s) => s.run?.includes('wrangler'));

  it('decides where to deploy before any shard builds, from the repository variables and whether the secrets are set', () => {
    expect(decide?.run).toBe('npx tsx scripts/deploy/target.ts');
    expect(decide?.env).toMatchObject({
      SITE_URL: '${{ vars.SITE_URL }}',
      CLOUDFLARE_PROJECT_NAME: '${{ vars.CLOUDFLARE_PROJECT_NAME }}',
      HAS_CLOUDFLARE_SECRETS: "${{ secrets.CLOUDFLARE_API_TOKEN != '' && secrets.CLOUDFLARE_ACCOUNT_ID != '' }}",
    });
    // Whether they are set, never their values: the decision runs project code.
    expect(Object.values(decide?.env ?? {}).filter((v) => /^\$\{\{\s*secrets\.\w+\s*\}\}$/.test(v))).toEqual([]);
    expect(needs(shard)).toContain('target');
  });

  it('builds every shard for the origin the target job chose', () => {
    expect(build?.env?.SITE_URL).toBe('${{ needs.target.outputs.site-url }}');
    expect(target?.outputs?.['site-url']).toBe('${{ steps.decide.outputs.site-url }}');
  });

  it('deploys the merged site only when the target job says so, in its environment at the address it was built for', () => {
    expect(needs(deploy)).toEqual(expect.arrayContaining(['target', 'merge']));
    expect(deploy?.if).toBe("needs.target.outputs.deploy == 'true'");
    expect(deploy?.environment).toEqual({ name: '${{ needs.target.outputs.environment }}', url: '${{ needs.target.outputs.site-url }}' });
    const site = deploy?.steps.find((s) => s.uses?.startsWith('actions/download-artifact'));
    expect(site?.with).toMatchObject({ name: 'site', path: 'dist/' });
    expect(upload?.env).toMatchObject({
      CLOUDFLARE_API_TOKEN: '${{ secrets.CLOUDFLARE_API_TOKEN }}',
      CLOUDFLARE_ACCOUNT_ID: '${{ secrets.CLOUDFLARE_ACCOUNT_ID }}',
      CLOUDFLARE_PROJECT_NAME: '${{ vars.CLOUDFLARE_PROJECT_NAME }}',
      DEPLOY_BRANCH: '${{ needs.target.outputs.branch }}',
    });
  });

  it('runs the deploy command docs/deploying.md shows, with the wrangler the host test runs the site on', () => {
    const guide = readFileSync(join(root, 'docs', 'deploying.md'), 'utf8');
    const shown = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) => block[1]!.split('\n'));
    expect(upload?.run).toMatch(/^npx --yes wrangler@[\d.]+ pages deploy dist /);
    expect(shown).toContain(upload?.run);
    expect(upload?.run).toContain(`wrangler@${wranglerVersion} `);
  });

  it('reports the addresses, and comments on a pull request with the preview', () => {
    const at = (test: (s: Step) => boolean) => deploy?.steps.findIndex(test) ?? -1;
    const report = at((s) => s.run === 'npx tsx scripts/deploy/report.ts');
    const comment = at((s) => s.uses?.startsWith('actions/github-script') === true);
    expect(report).toBeGreaterThan(at((s) => s === upload));
    expect(comment).toBeGreaterThan(report);
    expect(deploy?.steps[comment]?.if).toBe("github.event_name == 'pull_request'");
    expect(deploy?.permissions?.['pull-requests']).toBe('write');
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });
});
