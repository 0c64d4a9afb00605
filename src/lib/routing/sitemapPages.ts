/**
 * Every page URL of the whole site, in every locale, for @astrojs/sitemap's `customPages`.
 *
 * Why: the sitemap integration lists the pages its build wrote, so a locale shard
 * (`BUILD_LOCALES=th`) would write a sitemap of Thai pages only, and shards could not be merged.
 * Given the complete list, every shard writes the same sitemap as the full build (the integration
 * joins its pages with `customPages` in a Set and sorts them), so no shard has to be special.
 *
 * The list is the route table (routeTable.ts), the same the pages are built from, computed from
 * the content files' frontmatter (the catalogue: astro.config.mjs runs before Astro's content
 * loader). The sitemap test checks that the full build's sitemap equals the pages it wrote.
 */
import { localeCodes } from '../../i18n/locales';
import { contentCatalogue } from '../content/catalogue';
import { contentIndex } from '../content/contentIndex';
import { localizedPath } from './localizedUrl';
import { routeTable } from './routeTable';

/** Absolute URLs of every page of every locale (not-found pages aside: the sitemap leaves them out). */
export function sitemapPages(root: string, site: string): string[] {
  return routeTable(contentIndex(contentCatalogue(root)), localeCodes)
    .filter((row) => row.kind !== 'notFound')
    .map((row) => new URL(localizedPath(row.lang, row.route), site).href);
}
