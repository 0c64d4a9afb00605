/**
 * CI's step after `wrangler pages deploy` (job `deploy`): reads what wrangler reported, fails when
 * a preview is not at the address its pages were built for (their canonical URLs would point
 * elsewhere), and hands the addresses on (outputs url, alias; the job summary).
 */
import { readFileSync } from 'node:fs';
import { annotate, addSummary, setOutputs } from './githubStep';
import { aliasMismatch, pagesDeployment } from './wranglerOutput';

const outputFile = process.env.WRANGLER_OUTPUT_FILE_PATH;
const siteUrl = process.env.SITE_URL;
if (!outputFile || !siteUrl) throw new Error('report.ts needs WRANGLER_OUTPUT_FILE_PATH and SITE_URL');

const deployment = pagesDeployment(readFileSync(outputFile, 'utf8'));
setOutputs({ url: deployment.url, alias: deployment.alias ?? deployment.url });
addSummary(
  `### Deployed to Cloudflare Pages (${deployment.environment})\n\n` +
    `- Site: ${siteUrl}\n- This deployment: ${deployment.url}\n` +
    (deployment.alias ? `- Branch alias: ${deployment.alias}\n` : ''),
);
const mismatch = aliasMismatch(siteUrl, deployment);
if (mismatch) {
  annotate('error', 'Preview address', mismatch);
  process.exitCode = 1;
}
