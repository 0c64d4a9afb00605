/**
 * What `wrangler pages deploy` reports about a deployment, read from its output file
 * (WRANGLER_OUTPUT_FILE_PATH: one JSON record a line; the `pages-deploy-detailed` record carries
 * the deployment's own address and its branch alias on pages.dev).
 */
export interface PagesDeployment {
  /** The deployment's unique address, https://<hash>.<project>.pages.dev */
  url: string;
  /** The branch alias, https://<alias>.<project>.pages.dev (a preview's stable address) */
  alias?: string;
  environment: 'production' | 'preview';
}

export function pagesDeployment(outputFile: string): PagesDeployment {
  const records = outputFile
    .split('\n')
    .filter((line) => line.trim().startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const detail = records.findLast((record) => record.type === 'pages-deploy-detailed');
  if (!detail || typeof detail.url !== 'string') throw new Error('wrangler reported no Pages deployment (no pages-deploy-detailed record)');
  return {
    url: detail.url,
    ...(typeof detail.alias === 'string' && detail.alias ? { alias: detail.alias } : {}),
    environment: detail.environment === 'production' ? 'production' : 'preview',
  };
}

/** Why a preview is not where its build said it would be, or undefined when it is. */
export function aliasMismatch(expectedOrigin: string, deployment: PagesDeployment): string | undefined {
  if (deployment.environment !== 'preview') return undefined;
  if (deployment.alias && new URL(deployment.alias).origin === new URL(expectedOrigin).origin) return undefined;
  return (
    `the preview was built for ${expectedOrigin} but Cloudflare serves it at ${deployment.alias ?? deployment.url}: ` +
    'if the project’s pages.dev host is not <project>.pages.dev, set the repository variable CLOUDFLARE_PAGES_HOST to it'
  );
}
