/**
 * Every page URL of the whole site, in every locale, for @astrojs/sitemap's `customPages`.
 *
 * Why: the sitemap integration lists the pages its build wrote, so a locale shard
 * (`BUILD_LOCALES=th`) would write a sitemap of Thai pages only, and shards could not be merged.
 * Given the complete list, every shard writes the same sitemap as the full build (the integration
 * joins its pages with `customPages` in a Set and sorts them), so no shard has to be special.
 *
 * The list comes from the same sources as the pages: the content files (read as the integrity
 * check reads them, since astro.config.mjs runs before Astro's content loader), the registry's
 * routes through `collectionPaths` (what [...path].astro renders) and `indexPages` (every page of
 * every index, [section]/[...page].astro), `kitPages` (the newsletter kit's section pages), and
 * the per-locale pages of
 * routes.ts. The sitemap test checks that the full build's sitemap equals the pages it wrote.
 */
import { localeCodes } from '../../i18n/locales';
import { contentCatalogue } from '../content/catalogue';
import { contentIndex } from '../content/contentIndex';
import { localizedPath } from './localizedUrl';
import { collectionPaths } from './routeData';
import { indexPageRoute, indexPages } from './indexPages';
import { kitPages, kitRoute } from './shareKit';
import { pageRoutes } from './routes';

/** Absolute URLs of every page of every locale (not-found pages aside: the sitemap leaves them out). */
export function sitemapPages(root: string, site: string): string[] {
  const content = contentIndex(contentCatalogue(root));
  const routes = localeCodes.flatMap((lang) => Object.values(pageRoutes).map((route) => localizedPath(lang, route)));
  const collections = collectionPaths(content, localeCodes).map(({ params }) => `/${params.lang}/${params.path}/`);
  const indexes = indexPages(content, localeCodes).flatMap(({ lang, route, pages }) =>
    Array.from({ length: pages }, (_, i) => localizedPath(lang, indexPageRoute(route, i + 1))),
  );
  const kits = kitPages(content, localeCodes).flatMap(({ lang, collection, pages }) =>
    Array.from({ length: pages }, (_, i) => localizedPath(lang, kitRoute(collection, i + 1))),
  );
  return [...routes, ...indexes, ...kits, ...collections].map((path) => new URL(path, site).href);
}
