/**
 * What an index page shows of its index: the index view (built once per locale) cut into pages
 * of `index.pageSize` cards (the collection metadata), each page keeping the groups it has cards
 * of, and the links between pages. Page 1 keeps the index's address (`/en/incentives/`), page n
 * is `/en/incentives/n/`; which pages exist is the route table's to say (routeTable.ts), from the
 * number of entries (one card each), so the sitemap, which reads only frontmatter, knows them too.
 */
import { localizedPath } from './localizedUrl';
import { remember } from '../remember';
import { indexRouteData, type IndexRouteData } from './routeData';
import { indexPageRoute } from './routes';
import type { Card, IndexView, Link, ViewContext } from './routeTypes';
import type { CollectionName } from '../content/schemas';
import type { Locale } from '../../i18n/locales';

const indexes = new Map<string, IndexRouteData>();

/**
 * An index's route data, built once per locale and build (every page of it shows a slice), and
 * checked to give one card per entry, as the route table's page count assumes.
 */
export function indexRouteDataOnce(ctx: ViewContext, collection: CollectionName): IndexRouteData {
  return remember(indexes, `${ctx.locale}/${collection}`, () => {
    const data = indexRouteData(ctx, collection);
    const cards = pagedCards(data.view).length;
    const entries = ctx.content.list(collection, ctx.locale).length;
    if (cards !== entries)
      throw new Error(`The ${collection} index view gives ${cards} cards for ${entries} entries: it must give one card per entry`);
    return data;
  });
}

/** A card with the place of its group in the view. */
export interface PagedCard {
  group: number;
  card: Card;
}

/** The view's cards in its order, to cut into pages (routeTable.ts `itemsOnPage`). */
export function pagedCards(view: IndexView): PagedCard[] {
  return view.groups.flatMap((group, i) => group.cards.map((card) => ({ group: i, card })));
}

/** The view of one page: the groups its cards belong to, with those cards; the map and links on page 1 only. */
export function viewOfPage(view: IndexView, cards: readonly PagedCard[], page: number): IndexView {
  const groups = view.groups.flatMap((group, i) => {
    const mine = cards.filter((c) => c.group === i).map((c) => c.card);
    return mine.length > 0 ? [{ ...group, cards: mine }] : [];
  });
  return { ...view, groups, map: page === 1 ? view.map : undefined, links: page === 1 ? view.links : undefined };
}

export interface PageNav {
  previous?: Link | undefined;
  next?: Link | undefined;
  /** The first and last page and those near the current one; `null` stands for pages left out. */
  numbers: Array<{ n: number; href: string; current: boolean } | null>;
}

/** Links between the pages of an index, for `current` of `total`. */
export function pageNav(
  locale: Locale,
  route: string,
  current: number,
  total: number,
  labels: { previous: string; next: string },
): PageNav {
  const href = (n: number) => localizedPath(locale, indexPageRoute(route, n));
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, total])]
    .filter((n) => n >= 1 && n <= total)
    .sort((a, b) => a - b);
  const numbers: PageNav['numbers'] = [];
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1]! > 1) numbers.push(null);
    numbers.push({ n, href: href(n), current: n === current });
  });
  return {
    previous: current > 1 ? { label: labels.previous, href: href(current - 1) } : undefined,
    next: current < total ? { label: labels.next, href: href(current + 1) } : undefined,
    numbers,
  };
}

/** What page `n` of `total` of a paged list shows around its items: its title and its page links. */
export function pagedPageChrome(ctx: Pick<ViewContext, 'locale' | 't'>, firstRoute: string, heading: string, n: number, total: number) {
  const current = ctx.t('index.pageOf', { n, total });
  return {
    title: n === 1 ? heading : `${heading} (${current})`,
    label: ctx.t('index.pages'),
    current,
    nav: pageNav(ctx.locale, firstRoute, n, total, { previous: ctx.t('index.previousPage'), next: ctx.t('index.nextPage') }),
  };
}
