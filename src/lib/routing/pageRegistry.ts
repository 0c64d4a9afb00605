/**
 * What a page's preview image, QR code and newsletter blurb show (title, summary, what kind of
 * page, district), for the rows of the route table (routeTable.ts) that have their own preview.
 * The table says which pages exist; this only describes them, from the content and metadata.
 */
import { collectionMetadata } from '../collections/metadata';
import { pageLabels } from './routes';
import type { Entries, ViewContext } from './routeTypes';
import type { ContentIndex } from '../content/contentIndex';
import type { Locale } from '../../i18n/locales';
import { viewContext } from './routeData';
import type { CollectionName } from '../content/schemas';
import { hasOwnPreview, routeTable, type PageRow, type PreviewedRow } from './routeTable';

export interface PageInfo {
  route: string;
  title: string;
  summary: string;
  typeLabel: string;
  district?: string;
  /** The collection of an entry page; absent for section pages. */
  collection?: CollectionName;
}

/** The preview of one page of the route table, in `ctx`'s locale. */
export function pageInfo(row: PreviewedRow, ctx: ViewContext): PageInfo {
  const { t, content, locale } = ctx;
  switch (row.kind) {
    case 'entry': {
      const meta = collectionMetadata(row.collection);
      const item = content.get(row.collection, row.slug, locale);
      if (!item) throw new Error(`The route table lists ${row.collection}/${row.slug}, which the content of ${locale} lacks`);
      // A page names its district on its preview, unless it is a district's own page.
      const districtSlug = meta.previewDistrict?.(item.entry.data);
      const district = districtSlug ? content.get('districts', districtSlug, locale)?.entry.data.title : undefined;
      return {
        route: row.route,
        title: item.entry.data.title,
        summary: item.entry.data.summary,
        typeLabel: t(meta.typeLabel),
        collection: row.collection,
        ...(district ? { district } : {}),
      };
    }
    case 'index': {
      const { index, navLabel } = collectionMetadata(row.collection);
      if (!index) throw new Error(`The route table lists an index of ${row.collection}, which has none in metadata.ts`);
      return { route: row.route, title: t(index.title), summary: t(index.description), typeLabel: t(navLabel ?? index.title) };
    }
    default: {
      const { label, title, description } = pageLabels[row.kind];
      return {
        route: row.route,
        title: t(title),
        summary: t(description),
        typeLabel: row.kind === 'home' ? t('site.tagline') : t(label),
      };
    }
  }
}

/** Every page of `ctx`'s locale that has its own preview, described: the route table filtered. */
export function pagesOf(ctx: ViewContext): PageInfo[] {
  return routeTable(ctx.content, [ctx.locale])
    .filter(hasOwnPreview)
    .map((row) => pageInfo(row, ctx));
}

/** The rows of `rows` with their own preview, each described in its locale: what the preview-image and QR endpoints make files of. */
export function previewsOf(
  rows: readonly PageRow[],
  content: ContentIndex<Entries>,
  site: URL | string,
): Array<{ row: PreviewedRow; page: PageInfo }> {
  const contexts = new Map<Locale, ViewContext>();
  const contextOf = (lang: Locale) => contexts.get(lang) ?? contexts.set(lang, viewContext(lang, content, site)).get(lang)!;
  return rows.filter(hasOwnPreview).map((row) => ({ row, page: pageInfo(row, contextOf(row.lang)) }));
}
