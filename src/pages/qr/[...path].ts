/** Downloadable QR codes of every page's canonical URL: /qr/<locale>/<route>.svg and .png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes } from '../../i18n/locales';
import { pagesOf } from '../../lib/pageRegistry';
import { qrCodePath } from '../../lib/routes';
import { absoluteUrl, localizedPath } from '../../lib/localizedUrl';
import { qrPng, qrSvg } from '../../lib/qrCode';

export const getStaticPaths = (async () => {
  const perLocale = await Promise.all(
    localeCodes.map(async (locale) =>
      (await pagesOf(locale)).flatMap((page) =>
        (['svg', 'png'] as const).map((format) => ({
          params: { path: qrCodePath(locale, page.route, format).replace(/^\/qr\//, '') },
          props: { path: localizedPath(locale, page.route), format, title: page.title },
        })),
      ),
    ),
  );
  return perLocale.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string; format: 'svg' | 'png'; title: string }> = async ({ props, site }) => {
  const url = absoluteUrl(props.path, site ?? 'http://localhost/');
  if (props.format === 'png') return new Response(new Uint8Array(qrPng(url)), { headers: { 'Content-Type': 'image/png' } });
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${await qrSvg(url, props.title)}`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
