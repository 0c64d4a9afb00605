/** Web app manifest per locale (src/lib/offline/manifest.ts), linked from every page's head. */
import type { APIRoute } from 'astro';
import { localePaths } from '../../i18n/buildLocales';
import { webManifest } from '../../lib/offline/manifest';

export function getStaticPaths() {
  return localePaths();
}

export const GET: APIRoute = ({ locals }) =>
  new Response(`${JSON.stringify(webManifest(locals.locale, locals.t), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
