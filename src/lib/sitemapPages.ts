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
 * routes through `collectionPaths` (what [...path].astro renders), and the per-locale pages of
 * routes.ts. The sitemap test checks that the full build's sitemap equals the pages it wrote.
 */
import { join } from 'node:path';
import { localeCodes } from '../i18n/locales';
import { readContentFiles } from './contentFiles';
import { contentIndex, type EntryMap } from './content';
import { localizedPath } from './localizedUrl';
import { collectionPaths } from './routeData';
import { pageRoutes } from './routes';
import { collectionNames, type CollectionName } from './schemas';

/** The content files as the index wants them: `{ id: '<locale>/<slug>', data }` per collection. */
function entriesFromFiles(root: string): { [C in CollectionName]: EntryMap[C][] } {
  const files = readContentFiles(join(root, 'src', 'content'), root);
  const entries = Object.fromEntries(collectionNames.map((name) => [name, [] as EntryMap[CollectionName][]])) as {
    [C in CollectionName]: EntryMap[C][];
  };
  for (const file of files) {
    const list = entries[file.collection as CollectionName];
    const data = file.data instanceof Error || typeof file.data !== 'object' || file.data === null ? {} : file.data;
    if (list && file.locale) list.push({ id: `${file.locale}/${file.slug}`, data });
  }
  return entries;
}

/** Absolute URLs of every page of every locale (not-found pages aside: the sitemap leaves them out). */
export function sitemapPages(root: string, site: string): string[] {
  const content = contentIndex(entriesFromFiles(root));
  const routes = localeCodes.flatMap((lang) => Object.values(pageRoutes).map((route) => localizedPath(lang, route)));
  const collections = collectionPaths(content, localeCodes).map(({ params }) => `/${params.lang}/${params.path}/`);
  return [...routes, ...collections].map((path) => new URL(path, site).href);
}
