/**
 * The route table of this build: every page of the locales it builds (BUILD_LOCALES), from the
 * content Astro loaded. What every getStaticPaths reads; the sitemap computes the same table for
 * all locales from the catalogue (sitemapPages.ts).
 */
import { buildLocales } from '../../i18n/buildLocales';
import { siteContent } from '../content/siteContent';
import { routeTable, type PageRow } from './routeTable';

// One table per build: every getStaticPaths (pages, previews, QR codes, the kit) asks for it.
let table: Promise<PageRow[]> | undefined;

export function buildRouteTable(): Promise<PageRow[]> {
  table ??= siteContent().then((content) => routeTable(content, buildLocales()));
  return table;
}
