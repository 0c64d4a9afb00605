/**
 * One 1200×630 preview image per page per locale (/og/<locale>/<route>.png), in the page's
 * language and script. Rendered once per content change: images are cached by content hash.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../i18n/locales';
import { siteContent } from '../../lib/content/siteContent';
import { previewsOf, type PageInfo } from '../../lib/routing/pageRegistry';
import { buildRouteTable } from '../../lib/routing/buildRouteTable';
import { ogImagePath } from '../../lib/routing/routes';
import { cachedOgImage } from '../../lib/media/ogImage/cache';
import { previewInput } from '../../lib/media/ogImage/render';
import { fontSetFor, undrawableCharacters } from '../../lib/media/ogImage/fonts';

export const getStaticPaths = (async () => {
  const previews = previewsOf(await buildRouteTable(), await siteContent(), import.meta.env.SITE ?? 'http://localhost/');
  return previews.map(({ row, page }) => ({
    params: {
      path: ogImagePath(row.lang, row.route)
        .replace(/^\/og\//, '')
        .replace(/\.png$/, ''),
    },
    props: { locale: row.lang, page },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; page: PageInfo }> = async ({ props }) => {
  const { locale, page } = props;
  const input = previewInput(locale, page);
  // A warning, not a failure: an editor's new title must never stop the build. The font test
  // (tests/unit/previewFonts.test.ts) fails until `npm run fonts:subset` adds the characters.
  const missing = undrawableCharacters(`${input.title}${input.typeLabel}${input.district ?? ''}${input.siteName}`, fontSetFor(input.lang));
  if (missing.length) console.warn(`preview image ${input.url}: the preview fonts lack ${missing.join(' ')}; run npm run fonts:subset`);
  const png = await cachedOgImage(input);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
