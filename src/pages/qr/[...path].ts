/** Downloadable QR codes of every page's canonical URL: /qr/<locale>/<route>.svg and .png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildLocales } from '../../i18n/buildLocales';
import { siteContent } from '../../lib/content/siteContent';
import { pagesOf } from '../../lib/routing/pageRegistry';
import { viewContext } from '../../lib/routing/routeData';
import { qrCodePath } from '../../lib/routing/routes';
import { localizedPath } from '../../lib/routing/localizedUrl';
import { cachedQrPng, qrSvg } from '../../lib/media/qrCode';

export const getStaticPaths = (async () => {
  const content = await siteContent();
  const perLocale = buildLocales().map((locale) =>
    pagesOf(viewContext(locale, content, import.meta.env.SITE ?? 'http://localhost/')).flatMap((page) =>
      (['svg', 'png'] as const).map((format) => ({
        params: { path: qrCodePath(locale, page.route, format).replace(/^\/qr\//, '') },
        props: { path: localizedPath(locale, page.route), format, title: page.title },
      })),
    ),
  );
  return perLocale.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string; format: 'svg' | 'png'; title: string }> = async ({ props, locals }) => {
  const url = locals.absolute(props.path);
  if (props.format === 'png') return new Response(new Uint8Array(await cachedQrPng(url)), { headers: { 'Content-Type': 'image/png' } });
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${await qrSvg(url, props.title)}`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
