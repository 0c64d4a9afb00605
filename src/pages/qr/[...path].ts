/** Downloadable QR codes of every page's canonical URL: /qr/<locale>/<route>.svg and .png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../lib/content/siteContent';
import { previewsOf } from '../../lib/routing/pageRegistry';
import { buildRouteTable } from '../../lib/routing/buildRouteTable';
import { qrCodePath } from '../../lib/routing/routes';
import { localizedPath } from '../../lib/routing/localizedUrl';
import { cachedQrPng, qrSvg } from '../../lib/media/qrCode';

export const getStaticPaths = (async () => {
  const previews = previewsOf(await buildRouteTable(), await siteContent(), import.meta.env.SITE ?? 'http://localhost/');
  return previews.flatMap(({ row, page }) =>
    (['svg', 'png'] as const).map((format) => ({
      params: { path: qrCodePath(row.lang, row.route, format).replace(/^\/qr\//, '') },
      props: { path: localizedPath(row.lang, row.route), format, title: page.title },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string; format: 'svg' | 'png'; title: string }> = async ({ props, locals }) => {
  const url = locals.absolute(props.path);
  if (props.format === 'png') return new Response(new Uint8Array(await cachedQrPng(url)), { headers: { 'Content-Type': 'image/png' } });
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${await qrSvg(url, props.title)}`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
