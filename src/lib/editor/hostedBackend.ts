/**
 * The Git provider the deployed editor signs in to, from the build's environment (docs/editing.md,
 * "On the deployed site"): nothing about a particular repository is committed.
 *
 *   CMS_REPO=owner/name      the repository (required for hosted editing)
 *   CMS_BACKEND=github       the provider: github (default), gitlab or gitea
 *   CMS_BRANCH=main          the branch editors commit to (default main)
 *   CMS_BASE_URL=https://…   the OAuth proxy (a Cloudflare Worker running sveltia-cms-auth or
 *                            decap-proxy); unset on Netlify, whose own OAuth service is the default
 *   CMS_API_ROOT=https://…   the provider's API, for a self-hosted GitLab or Gitea
 *
 * Without CMS_REPO the editor works only on an editor's own computer (`npm run cms`), and
 * /admin/ elsewhere says that hosted editing is not configured and how to configure it.
 */
import type { CmsBackend, CmsGitBackend } from './cmsTypes';

const providers = ['github', 'gitlab', 'gitea'] as const;

export type HostedEnv = Partial<Record<'CMS_REPO' | 'CMS_BACKEND' | 'CMS_BRANCH' | 'CMS_BASE_URL' | 'CMS_API_ROOT', string>>;

/** The hosted backend the environment names, or undefined when hosted editing is not configured. */
export function hostedBackend(env: HostedEnv): CmsGitBackend | undefined {
  const repo = env.CMS_REPO?.trim();
  if (!repo) return undefined;
  if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) throw new Error(`CMS_REPO=${repo}: must be owner/name, e.g. gather-in-shanghai/site`);
  const name = (env.CMS_BACKEND?.trim() || 'github') as CmsGitBackend['name'];
  if (!providers.includes(name)) throw new Error(`CMS_BACKEND=${name}: must be one of ${providers.join(', ')}`);
  for (const key of ['CMS_BASE_URL', 'CMS_API_ROOT'] as const)
    if (env[key] && !/^https:\/\/\S+$/.test(env[key])) throw new Error(`${key}=${env[key]}: must be an https:// address`);
  return {
    name,
    repo,
    branch: env.CMS_BRANCH?.trim() || 'main',
    ...(env.CMS_BASE_URL ? { base_url: env.CMS_BASE_URL } : {}),
    ...(env.CMS_API_ROOT ? { api_root: env.CMS_API_ROOT } : {}),
  };
}

/**
 * What the configuration names when hosted editing is not configured. Decap requires a backend;
 * this one is never contacted: on an editor's computer the local helper (decap-server) stands in
 * for it, and elsewhere src/client/admin/editor.ts shows how to configure hosting instead of
 * starting the editor.
 */
export const unconfiguredBackend: CmsBackend = { name: 'test-repo' };

export const isHostedConfigured = (env: HostedEnv): boolean => hostedBackend(env) !== undefined;
