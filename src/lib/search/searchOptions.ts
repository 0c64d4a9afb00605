/**
 * The search page's filters, from what the pages feed the index: every collection's type, the
 * districts, and the categories and sectors that entries actually use. A new collection or
 * sector appears here with no change to the search page.
 */
import { collectionMetadata } from '../collections/metadata';
import { collectionViews } from '../collections/views';
import { incentiveCategories, collectionNames } from '../content/schemas';
import type { ViewContext } from '../routing/routeTypes';

export interface Option {
  value: string;
  label: string;
}

export interface SearchOptions {
  types: Option[];
  districts: Option[];
  categories: Option[];
  sectors: Option[];
}

export function searchOptions(ctx: ViewContext): SearchOptions {
  const { t, content, locale } = ctx;
  const views = collectionNames.flatMap((name) => content.list(name, locale).map((item) => collectionViews(name).view(item, ctx)));
  const categories = new Set(views.flatMap((v) => (v.category ? [v.category] : [])));
  const sectors = [...new Set(views.flatMap((v) => v.sectors ?? []))].sort();
  return {
    types: collectionNames.map((name) => ({ value: collectionMetadata(name).searchType, label: t(collectionMetadata(name).typeLabel) })),
    districts: content.list('districts', locale).map((d) => ({ value: d.slug, label: d.entry.data.title })),
    categories: incentiveCategories.filter((c) => categories.has(c)).map((c) => ({ value: c, label: t(`incentive.categories.${c}`) })),
    sectors: sectors.map((s) => ({ value: s, label: t(`sectors.${s}` as 'sectors.ai') })),
  };
}
