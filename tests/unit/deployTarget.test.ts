/** Where CI deploys and the origin it builds for (scripts/deploy/): the rules docs/deploying.md states. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { branchAlias, maxAliasLength } from '../../scripts/deploy/branchAlias';
import { DeployConfigError, deployTarget, placeholderOrigin, type DeployInputs } from '../../scripts/deploy/deployTarget';
import { aliasMismatch, pagesDeployment } from '../../scripts/deploy/wranglerOutput';

const root = join(import.meta.dirname, '..', '..');

describe('branchAlias: the preview name Cloudflare Pages gives a branch', () => {
  it.each([
    ['test-abc', 'test-abc'],
    ['Test-ABC', 'test-abc'],
    ['Test:abc', 'test-abc'],
    ['-test-abc-', 'test-abc'],
    ['feature/search_box', 'feature-search-box'],
    // Cloudflare's own example: 28 characters kept.
    ['dependabot/npm_and_yarn/dustjs-linkedin-3.0.0', 'dependabot-npm-and-yarn-dust'],
    ['abcdef123456abcdef123456abcdef123456', 'abcdef123456abcdef123456abcd'],
    ['editor/th-translation-updates-2', 'editor-th-translation-update'],
    // Cut at 28 where the 28th character is a dash: no dash at the end of a host name.
    ['fix/translation-status-page/th', 'fix-translation-status-page'],
  ])('%s → %s', (branch, alias) => expect(branchAlias(branch)).toBe(alias));

  it('has none for a branch with no letter or digit (Cloudflare would pick a random one)', () => {
    expect(branchAlias('-::::-')).toBeUndefined();
    expect(branchAlias('翻译/泰语')).toBeUndefined();
  });

  it('maps every alias to itself, so deploying under the alias keeps the predicted address', () => {
    for (const branch of ['Feature/X', 'dependabot/npm_and_yarn/dustjs-linkedin-3.0.0', 'fix/translation-status-page/th', 'a--b']) {
      const alias = branchAlias(branch) ?? '';
      expect(branchAlias(alias)).toBe(alias);
      expect(alias).toMatch(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/);
      expect(alias.length).toBeLessThanOrEqual(maxAliasLength);
    }
  });
});

const configured: DeployInputs = {
  event: 'push',
  ref: 'refs/heads/main',
  siteUrl: 'https://invest.example.com',
  project: 'gather-site',
  hasSecrets: true,
};
const pullRequest: DeployInputs = {
  ...configured,
  event: 'pull_request',
  ref: 'refs/pull/42/merge',
  headRef: 'Feature/Map_Labels',
  pullRequest: '42',
};
const failure = (inputs: DeployInputs) => {
  try {
    deployTarget(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(DeployConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
};

describe('deployTarget', () => {
  it('deploys main to production at SITE_URL', () => {
    expect(deployTarget(configured)).toEqual({
      deploy: true,
      environment: 'production',
      branch: 'main',
      project: 'gather-site',
      siteUrl: 'https://invest.example.com',
    });
    expect(deployTarget({ ...configured, event: 'workflow_dispatch', siteUrl: 'https://invest.example.com/' })).toMatchObject({
      environment: 'production',
      siteUrl: 'https://invest.example.com',
    });
  });

  it('refuses a production deploy without SITE_URL or with the placeholder origin, naming the variable', () => {
    expect(failure({ ...configured, siteUrl: undefined })).toMatch(/^SITE_URL is not set/);
    expect(failure({ ...configured, siteUrl: '' })).toMatch(/^SITE_URL is not set/);
    expect(failure({ ...configured, siteUrl: placeholderOrigin })).toMatch(/^SITE_URL is the placeholder/);
  });

  it('refuses a SITE_URL that is not an https origin', () => {
    for (const siteUrl of ['invest.example.com', 'http://invest.example.com', 'https://invest.example.com/en/'])
      expect(failure({ ...configured, siteUrl })).toMatch(/^SITE_URL=/);
  });

  it('deploys a pull request as a preview at its branch alias on <project>.pages.dev', () => {
    expect(deployTarget(pullRequest)).toEqual({
      deploy: true,
      environment: 'preview',
      branch: 'feature-map-labels',
      project: 'gather-site',
      siteUrl: 'https://feature-map-labels.gather-site.pages.dev',
    });
    expect(deployTarget({ ...pullRequest, pagesHost: 'gather-site-7xq.pages.dev' })).toMatchObject({
      siteUrl: 'https://feature-map-labels.gather-site-7xq.pages.dev',
    });
  });

  it('names a preview after its pull request when the branch gives no alias or would read as production', () => {
    expect(deployTarget({ ...pullRequest, headRef: '翻译' })).toMatchObject({
      branch: 'pr-42',
      siteUrl: 'https://pr-42.gather-site.pages.dev',
    });
    expect(deployTarget({ ...pullRequest, headRef: 'Main' })).toMatchObject({ environment: 'preview', branch: 'pr-42' });
  });

  it('previews a manual run on another branch', () => {
    expect(deployTarget({ ...configured, event: 'workflow_dispatch', ref: 'refs/heads/editor/new-site' })).toMatchObject({
      environment: 'preview',
      branch: 'editor-new-site',
    });
  });

  it('skips, without failing, where the Cloudflare secrets are not set, building for SITE_URL or the placeholder', () => {
    for (const inputs of [configured, pullRequest]) {
      const target = deployTarget({ ...inputs, hasSecrets: false, project: undefined });
      expect(target).toMatchObject({ deploy: false, siteUrl: 'https://invest.example.com' });
      expect(target.deploy === false && target.reason).toMatch(/^skipped: secrets not set/);
    }
    expect(deployTarget({ ...configured, hasSecrets: false, siteUrl: undefined })).toMatchObject({
      deploy: false,
      siteUrl: placeholderOrigin,
    });
  });

  it('needs the project name once the secrets are set', () => {
    expect(failure({ ...pullRequest, project: undefined })).toMatch(/^CLOUDFLARE_PROJECT_NAME is not set/);
    expect(failure({ ...pullRequest, project: 'Gather Site' })).toMatch(/^CLOUDFLARE_PROJECT_NAME=Gather Site/);
  });

  it('knows the placeholder astro.config.mjs builds for without SITE_URL', () => {
    expect(readFileSync(join(root, 'astro.config.mjs'), 'utf8')).toContain(`process.env.SITE_URL ?? '${placeholderOrigin}'`);
  });
});

describe("wrangler's report of a deployment", () => {
  const report = (record: Record<string, unknown>) =>
    [
      JSON.stringify({ version: 1, type: 'wrangler-session', wrangler_version: '4.86.0' }),
      JSON.stringify({ version: 1, type: 'pages-deploy', url: 'https://1a2b3c4d.gather-site.pages.dev' }),
      JSON.stringify({ version: 1, type: 'pages-deploy-detailed', url: 'https://1a2b3c4d.gather-site.pages.dev', ...record }),
    ].join('\n');

  it('reads the deployment address, its branch alias and environment', () => {
    expect(pagesDeployment(report({ alias: 'https://feature-x.gather-site.pages.dev', environment: 'preview' }))).toEqual({
      url: 'https://1a2b3c4d.gather-site.pages.dev',
      alias: 'https://feature-x.gather-site.pages.dev',
      environment: 'preview',
    });
    expect(() => pagesDeployment('')).toThrow(/no Pages deployment/);
  });

  it('finds a preview served elsewhere than its build assumed, naming the variable to set', () => {
    const preview = pagesDeployment(report({ alias: 'https://feature-x.gather-site-7xq.pages.dev', environment: 'preview' }));
    expect(aliasMismatch('https://feature-x.gather-site-7xq.pages.dev', preview)).toBeUndefined();
    expect(aliasMismatch('https://feature-x.gather-site.pages.dev', preview)).toMatch(/CLOUDFLARE_PAGES_HOST/);
    expect(aliasMismatch('https://feature-x.gather-site.pages.dev', { ...preview, alias: undefined })).toMatch(/1a2b3c4d/);
    expect(aliasMismatch('https://invest.example.com', { ...preview, environment: 'production' })).toBeUndefined();
  });
});
