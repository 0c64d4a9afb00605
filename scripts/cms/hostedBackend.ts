/**
 * The Git provider the deployed editor signs in to. THE SITE OWNER SETS THIS (README, "Editing
 * content without code", hosted): the repository, its branch and, unless the site is on Netlify
 * (whose own OAuth service is the default), the address of an OAuth proxy such as a Cloudflare
 * Worker running sveltia-cms-auth or decap-proxy. Then run `npm run cms:config` and commit.
 */
import type { CmsBackend } from './cmsTypes';

export const hostedBackend: CmsBackend = {
  name: 'github',
  repo: 'OWNER/REPOSITORY',
  branch: 'main',
};
