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
import { defaultLocale, localeCodes } from '../../i18n/locales';
import { contentCatalogue, type Catalogue } from '../content/catalogue';
import { splitEntryId } from '../content/entryId';
import { localizedPath } from './localizedUrl';
import { routeTable, unlisted, type EntryListing } from './routeTable';

/**
 * What the route table needs of the catalogue: the English entries, which every locale lists (its
 * translation, or English standing in). No content index: which translation a page shows is the
 * pages' concern, not the sitemap's, and config time stays small.
 */
function englishListing(catalogue: Catalogue): EntryListing {
  return {
    list: (collection) =>
      catalogue[collection].flatMap((entry) => {
        const { locale, slug } = splitEntryId(entry.id);
        return locale === defaultLocale ? [{ slug, entry }] : [];
      }),
  };
}

/** Absolute URLs of every page of every locale (not-found and offline pages aside: the sitemap leaves them out). */
export function sitemapPages(root: string, site: string): string[] {
  return routeTable(englishListing(contentCatalogue(root)), localeCodes)
    .filter((row) => !unlisted(row))
    .map((row) => new URL(localizedPath(row.lang, row.route), site).href);
}
