/**
 * Every page of one locale with what its previews need (title, what kind of page, district),
 * for the endpoints that render one file per page: preview images, QR codes, the newsletter kit.
 * Derived from the registry: a new collection or entry gets its files with no change here.
 */
import { collectionSpec } from '../collections/registry';
import { pageLabels, pageRoutes, type PageName } from './routes';
import type { ViewContext } from './routeTypes';
import { collectionNames, type CollectionName } from '../content/schemas';

export interface PageInfo {
  route: string;
  title: string;
  summary: string;
  typeLabel: string;
  district?: string;
  /** The collection of an entry page; absent for section pages. */
  collection?: CollectionName;
}

function page(name: PageName, ctx: ViewContext): PageInfo {
  const { label, title, description } = pageLabels[name];
  return {
    route: pageRoutes[name],
    title: ctx.t(title),
    summary: ctx.t(description),
    typeLabel: name === 'home' ? ctx.t('site.tagline') : ctx.t(label),
  };
}

export function pagesOf(ctx: ViewContext): PageInfo[] {
  const { t, content, locale } = ctx;
  const indexes = collectionNames.flatMap((name): PageInfo[] => {
    const { index, navLabel } = collectionSpec(name);
    return index
      ? [{ route: index.route, title: t(index.title), summary: t(index.description), typeLabel: t(navLabel ?? index.title) }]
      : [];
  });
  const entries = collectionNames.flatMap((collection) => {
    const spec = collectionSpec(collection);
    return content.list(collection, locale).map((item): PageInfo => {
      // A page names its district on its preview, unless it is a district's own page.
      const districtSlug = spec.map?.role === 'area' ? undefined : spec.view(item, ctx).districts[0];
      const district = districtSlug ? content.get('districts', districtSlug, locale)?.entry.data.title : undefined;
      return {
        route: spec.route(item.slug),
        title: item.entry.data.title,
        summary: item.entry.data.summary,
        typeLabel: t(spec.typeLabel),
        collection,
        ...(district ? { district } : {}),
      };
    });
  });
  return [page('home', ctx), ...indexes, page('search', ctx), page('share', ctx), page('translations', ctx), ...entries];
}
