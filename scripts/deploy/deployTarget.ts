/**
 * Where a CI run deploys and which origin its build carries (docs/deploying.md), decided from
 * the event and the repository's configuration before any shard builds: every shard must build
 * for the same origin, and a production build for the placeholder origin must never go out.
 *
 *   push to main (or a manual run on main)  production, origin = repository variable SITE_URL
 *   pull request                            preview, origin = its branch alias on <project>.pages.dev
 *   no Cloudflare secrets (forks, today)    no deploy: skipped with a message, never a failure
 */
import { branchAlias } from './branchAlias';

/** The origin astro.config.mjs falls back to without SITE_URL (a test holds the two together). */
export const placeholderOrigin = 'https://gather-in-shanghai.example.org';
export const productionBranch = 'main';

/** What the workflow knows: GitHub's event and the repository's variables, never a secret's value. */
export interface DeployInputs {
  /** github.event_name: push, pull_request, workflow_dispatch, … */
  event: string;
  /** github.ref, e.g. refs/heads/main */
  ref: string;
  /** github.head_ref: the pull request's branch */
  headRef?: string;
  /** The pull request's number */
  pullRequest?: string;
  /** Repository variable SITE_URL: the production origin, e.g. https://invest.example.com */
  siteUrl?: string;
  /** Repository variable CLOUDFLARE_PROJECT_NAME: the Cloudflare Pages project */
  project?: string;
  /** Repository variable CLOUDFLARE_PAGES_HOST: the project's *.pages.dev host, when not <project>.pages.dev */
  pagesHost?: string;
  /** Whether both secrets CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID are set */
  hasSecrets: boolean;
}

export type DeployTarget =
  | { deploy: false; reason: string; siteUrl: string }
  | { deploy: true; environment: 'production' | 'preview'; branch: string; project: string; siteUrl: string };

/** A configuration mistake; the message names the variable to set. */
export class DeployConfigError extends Error {}

/** An https origin with nothing after the host: canonical URLs append paths to it. */
function checkedOrigin(value: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DeployConfigError(`${variable}=${value} is not an address; set it to the site's origin, e.g. https://invest.example.com`);
  }
  if (url.protocol !== 'https:' || url.pathname !== '/' || url.search || url.hash || url.username)
    throw new DeployConfigError(`${variable}=${value} must be an https:// origin with no path, e.g. https://invest.example.com`);
  return url.origin;
}

// Cloudflare Pages project names: lower-case letters, digits and inner dashes, at most 58 characters.
const projectName = /^[a-z0-9](?:[a-z0-9-]{0,56}[a-z0-9])?$/;

export function deployTarget(inputs: DeployInputs): DeployTarget {
  const siteUrl = inputs.siteUrl?.trim() ? checkedOrigin(inputs.siteUrl.trim(), 'SITE_URL') : undefined;
  if (!inputs.hasSecrets)
    return {
      deploy: false,
      reason: 'skipped: secrets not set (CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID); the site was built and not deployed',
      siteUrl: siteUrl ?? placeholderOrigin,
    };

  const project = inputs.project?.trim() ?? '';
  if (!projectName.test(project))
    throw new DeployConfigError(
      project
        ? `CLOUDFLARE_PROJECT_NAME=${project} is not a Cloudflare Pages project name (lower-case letters, digits and dashes)`
        : 'CLOUDFLARE_PROJECT_NAME is not set: name the Cloudflare Pages project in the repository variable CLOUDFLARE_PROJECT_NAME',
    );

  if (inputs.event !== 'pull_request' && inputs.ref === `refs/heads/${productionBranch}`) {
    if (!siteUrl || siteUrl === placeholderOrigin)
      throw new DeployConfigError(
        `SITE_URL is ${siteUrl ? 'the placeholder ' + placeholderOrigin : 'not set'}: a production deploy needs the repository variable SITE_URL set to the site's real origin (canonical URLs, sitemap, feeds and preview images carry it)`,
      );
    return { deploy: true, environment: 'production', branch: productionBranch, project, siteUrl };
  }

  let branch: string;
  if (inputs.event === 'pull_request') branch = inputs.headRef ?? '';
  else if (inputs.ref.startsWith('refs/heads/')) branch = inputs.ref.slice('refs/heads/'.length);
  else return { deploy: false, reason: `skipped: ${inputs.ref} is not a branch`, siteUrl: siteUrl ?? placeholderOrigin };
  // A branch with no usable character would get a random alias, and one that reads "main" would
  // deploy to production: the pull request's number stands in for both.
  const named = branchAlias(branch);
  const alias = named && named !== productionBranch ? named : inputs.pullRequest ? `pr-${inputs.pullRequest}` : undefined;
  if (!alias) throw new DeployConfigError(`branch "${branch}" gives no usable preview alias; rename it or open a pull request`);
  const pagesHost = inputs.pagesHost?.trim() || `${project}.pages.dev`;
  return {
    deploy: true,
    environment: 'preview',
    branch: alias,
    project,
    siteUrl: checkedOrigin(`https://${alias}.${pagesHost}`, 'CLOUDFLARE_PAGES_HOST'),
  };
}
