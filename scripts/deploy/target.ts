/**
 * CI's first step (.github/workflows/build.yml, job `target`): where this run deploys and the
 * origin every shard builds for, as step outputs (deploy, environment, branch, site-url). Reads
 * GitHub's own variables and the repository's; of the secrets only whether they are set.
 */
import { DeployConfigError, deployTarget } from './deployTarget';
import { addSummary, annotate, setOutputs } from './githubStep';

const env = process.env;
try {
  const target = deployTarget({
    event: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    headRef: env.GITHUB_HEAD_REF,
    pullRequest: env.PULL_REQUEST,
    siteUrl: env.SITE_URL,
    project: env.CLOUDFLARE_PROJECT_NAME,
    pagesHost: env.CLOUDFLARE_PAGES_HOST,
    hasSecrets: env.HAS_CLOUDFLARE_SECRETS === 'true',
  });
  if (target.deploy) {
    setOutputs({ deploy: 'true', environment: target.environment, branch: target.branch, 'site-url': target.siteUrl });
    const line = `Deploys to Cloudflare Pages (${target.environment}, project ${target.project}, branch ${target.branch}) at ${target.siteUrl}`;
    console.log(line);
    addSummary(line);
  } else {
    setOutputs({ deploy: 'false', 'site-url': target.siteUrl });
    annotate('notice', 'Deploy', target.reason);
    addSummary(`Deploy ${target.reason}`);
  }
} catch (error) {
  if (!(error instanceof DeployConfigError)) throw error;
  annotate('error', 'Deploy configuration', error.message);
  addSummary(`Deploy failed: ${error.message}`);
  process.exitCode = 1;
}
