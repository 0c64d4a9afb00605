/** Small pieces the collection views share: an entry as a link or a card, bounded lists. */
import type { CollectionName } from '../../content/schemas';
import { relatedListSize } from '../../routing/listSizes';
import { webPageLd, type GraphNode } from '../../structuredData';
import type { Card, EntryView, IndexView, Item, Link, PageUrls, ViewContext } from '../../routing/routeTypes';

/** An entry's title linked to its page. */
export function linkTo(collection: CollectionName, item: Item, ctx: ViewContext): Link {
  return { label: item.entry.data.title, href: ctx.href(collection, item.slug) };
}

/** An entry as a card: linked title and summary, plus any extra lines. */
export function cardOf(collection: CollectionName, item: Item, ctx: ViewContext, extra: Omit<Card, 'href' | 'title'> = {}): Card {
  return { href: ctx.href(collection, item.slug), title: item.entry.data.title, summary: item.entry.data.summary, ...extra };
}

/** Sector labels in the reader's language. */
export function sectorLabels(sectors: readonly string[], ctx: ViewContext): string[] {
  return sectors.map((s) => ctx.t(`sectors.${s}` as 'sectors.ai'));
}

/** The view of a collection whose pages show only their text (no facts, maps or related lists). */
export function textOnlyView(): EntryView {
  return { districts: [], blocks: [], related: [] };
}

/** A page's JSON-LD when no more specific schema.org type fits: a WebPage in the site. */
export function webPageStructuredData(item: Item, ctx: ViewContext, urls: PageUrls): GraphNode {
  return webPageLd({
    url: urls.url,
    name: item.entry.data.title,
    description: item.entry.data.summary,
    inLanguage: urls.contentTag,
    isPartOf: { name: ctx.t('site.name'), url: urls.home },
    image: urls.image,
  });
}

/** An index page of cards, for a collection that needs nothing more. */
export function cardsIndex(collection: CollectionName): (items: Item[], ctx: ViewContext) => IndexView {
  return (items, ctx) => ({ groups: [{ cards: items.map((item) => cardOf(collection, item, ctx)) }] });
}

/**
 * The first `relatedListSize` of a list the content can grow and, when there are more, a link to
 * all of them (the search with `filters` set, or without filters the collection's index), so a
 * page stays the same size however large the site grows.
 */
export function bounded<T>(
  items: readonly T[],
  collection: CollectionName,
  ctx: ViewContext,
  filters?: Parameters<ViewContext['seeAll']>[2],
): { shown: T[]; more?: Link } {
  if (items.length <= relatedListSize) return { shown: [...items] };
  return { shown: items.slice(0, relatedListSize), more: ctx.seeAll(collection, items.length, filters) };
}
