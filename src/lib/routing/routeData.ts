/**
 * Route data, built once per page (Starlight's generateRouteData is the model): for a collection,
 * locale and slug, everything its page renders. Pages only render it; the look-ups, fallbacks,
 * alternates, URLs and per-collection parts are decided here, from the collection metadata and views.
 */
import { useTranslations } from '../../i18n';
import { defaultLocale, locales, type Locale } from '../../i18n/locales';
import { collectionMetadata } from '../collections/metadata';
import { collectionViews, indexViewOf } from '../collections/views';
import { homeSectionSize } from './listSizes';
import { searchPath } from '../search/searchLink';
import { frontmatterFigures, numberFacts, type FactCitation } from '../checks/factCheck';
import { renderedCitations, type RenderedEntry } from '../markdown/factCitations';
import type { ContentIndex } from '../content/contentIndex';
import { absoluteUrl, canonicalUrl, localizedPath } from './localizedUrl';
import { trail } from './navigation';
import { ogImagePath, pageRoutes } from './routes';
import type { Block, Entries, HomeSection, IndexView, Item, Link, PageUrls, RelatedGroup, SearchData, ViewContext } from './routeTypes';
import { collectionNames, type CollectionName } from '../content/schemas';
import type { GraphNode } from '../structuredData';
import { pageHead, type PageHead } from './head';
import type { LocalizedSource } from '../content/sourceRegister';
import { sourceKindLabel } from '../content/sourceLinks';

/** The context every builder gets: the locale's strings, the content, and URL helpers. */
export function viewContext(locale: Locale, content: ContentIndex<Entries>, site: URL | string): ViewContext {
  const t = useTranslations(locale);
  const indexHref = (collection: CollectionName) => localizedPath(locale, collectionMetadata(collection).index?.route ?? pageRoutes.home);
  return {
    locale,
    t,
    content,
    href: (collection, slug) => localizedPath(locale, collectionMetadata(collection).route(slug)),
    indexHref,
    seeAll: (collection, count, filters) => {
      const spec = collectionMetadata(collection);
      if (filters) return { label: t('entry.seeAll', { number: count }), href: searchPath(locale, { type: spec.searchType, ...filters }) };
      const label = spec.navLabel ? t('home.seeAll', { section: t(spec.navLabel) }) : t(spec.index?.title ?? spec.typeLabel);
      return { label, href: indexHref(collection) };
    },
    absolute: (path) => absoluteUrl(path, site),
  };
}

export interface Source extends LocalizedSource {
  /** What kind of source it is, as the page says it ("News report"). */
  kindLabel: string;
  /** The figures citing it (`<Fact>`s), by their place in the page: anchors `fact-<k>`. */
  facts: number[];
}

/**
 * An entry's sources from the register, in the entry's order, each with the figures that cite it:
 * its frontmatter figures, numbered first, then `bodyCitations`, numbered when the body was rendered.
 */
export function sourcesWithFacts(
  ctx: ViewContext,
  ids: readonly string[],
  figures: readonly { source: string }[],
  bodyCitations: readonly FactCitation[],
): Source[] {
  const citations = [...numberFacts(figures, ids), ...bodyCitations];
  return ids.map((id, i) => {
    const source = ctx.content.source(id, ctx.locale);
    return {
      ...source,
      kindLabel: sourceKindLabel(source, ctx.t),
      facts: citations.filter((c) => c.n.includes(i + 1)).map((c) => c.k),
    };
  });
}

export interface EntryRouteData {
  collection: CollectionName;
  locale: Locale;
  slug: string;
  /** The route without the locale prefix, e.g. `/districts/xuhui/`. */
  route: string;
  /** The entry to render: the translation, or English standing in for it. */
  item: Item;
  title: string;
  summary: string;
  typeLabel: string;
  /** The official Chinese name, when it differs from the title. */
  officialName?: string | undefined;
  /** Ancestors of the page, home first; the page itself not included. */
  trail: Link[];
  sources: readonly Source[];
  lastChecked: Date;
  /** When the shown file last changed (its `updated`). */
  updated: Date;
  /** Why English stands in for this page, when it does. */
  fallback?: 'missing' | 'outdated' | undefined;
  /** Locales with a real translation: the only ones hreflang lists. */
  alternates: Locale[];
  urls: PageUrls;
  structuredData: GraphNode;
  /** Everything its <head> says (./head.ts). */
  head: PageHead;
  search: SearchData;
  blocks: Block[];
  related: RelatedGroup[];
  /** A brief to print or forward (its collection's `brief`): the page offers "Print or save as PDF". */
  brief: boolean;
}

function pageUrls(ctx: ViewContext, route: string, contentLocale: Locale): PageUrls {
  return {
    url: canonicalUrl(ctx, route),
    image: ctx.absolute(ogImagePath(ctx.locale, route)),
    home: canonicalUrl(ctx, pageRoutes.home),
    contentTag: locales[contentLocale].tag,
  };
}

/** The entry a page shows (the translation, or English standing in): what the page renders first. Throws, naming the file to write, when there is none. */
export function shownEntry(ctx: ViewContext, collection: CollectionName, slug: string): Item {
  const item = ctx.content.get(collection, slug, ctx.locale);
  if (!item) throw new Error(`No entry "${slug}" in ${collection}: expected src/content/${collection}/${defaultLocale}/${slug}.mdx`);
  return item;
}

/** Everything an entry page renders, from the render of its shown entry (Starlight: render first, then route data). */
export function entryRouteData(ctx: ViewContext, collection: CollectionName, slug: string, rendered: RenderedEntry): EntryRouteData {
  const spec = collectionMetadata(collection);
  const views = collectionViews(collection);
  const item = shownEntry(ctx, collection, slug);
  const { data } = item.entry;
  const route = spec.route(slug);
  const view = views.view(item, ctx);
  const urls = pageUrls(ctx, route, item.isFallback ? defaultLocale : ctx.locale);
  const officialName = (data as { officialName?: string }).officialName;
  const ancestors = trail(ctx.locale, ctx.t, collection);
  const alternates = ctx.content.alternates(collection, slug);
  const structuredData = views.structuredData(item, ctx, urls);
  return {
    collection,
    locale: ctx.locale,
    slug,
    route,
    item,
    title: data.title,
    summary: data.summary,
    typeLabel: view.typeLabel ?? ctx.t(spec.typeLabel),
    officialName: officialName && officialName !== data.title ? officialName : undefined,
    trail: ancestors,
    sources: sourcesWithFacts(ctx, data.sources, frontmatterFigures(data), renderedCitations(rendered, item.entry.id)),
    lastChecked: data.lastChecked,
    updated: data.updated,
    fallback: item.fallbackReason,
    alternates,
    urls,
    structuredData,
    head: pageHead(ctx, {
      route,
      title: data.title,
      description: data.summary,
      alternates,
      ogType: 'article',
      structuredData: [structuredData],
      breadcrumbs: [...ancestors, { label: data.title, href: localizedPath(ctx.locale, route) }],
    }),
    search: {
      type: spec.searchType,
      typeLabel: ctx.t(spec.typeLabel),
      districts: ctx.content.many('districts', view.districts, ctx.locale).map((d) => ({ slug: d.slug, label: d.entry.data.title })),
      filterDistricts: view.filterDistricts ?? view.districts,
      category: view.category,
      sectors: view.sectors ?? [],
      keywords: data.keywords,
    },
    blocks: view.blocks,
    related: view.related,
    brief: spec.brief === true,
  };
}

export interface IndexRouteData {
  collection: CollectionName;
  locale: Locale;
  route: string;
  title: string;
  description: string;
  view: IndexView;
}

/** A collection's index page. Throws when the collection has none. */
export function indexRouteData(ctx: ViewContext, collection: CollectionName): IndexRouteData {
  const index = collectionMetadata(collection).index;
  if (!index) throw new Error(`${collection} has no index page in src/lib/collections/metadata.ts`);
  return {
    collection,
    locale: ctx.locale,
    route: index.route,
    title: ctx.t(index.title),
    description: ctx.t(index.description),
    view: indexViewOf(collection)(ctx.content.list(collection, ctx.locale), ctx),
  };
}

/**
 * The home page's sections, in the metadata's order. A collection with an index page shows at
 * most `size` entries and links to its index (all of them are there); one without an index shows
 * every entry, so it needs an index before it grows.
 */
export function homeSections(ctx: ViewContext, size: number = homeSectionSize): HomeSection[] {
  return collectionNames.flatMap((name) => {
    const section = collectionViews(name).home?.(ctx.content.list(name, ctx.locale), ctx);
    if (!section || section.cards.length === 0) return [];
    if (!collectionMetadata(name).index || section.cards.length <= size) return [section];
    return [{ ...section, cards: section.cards.slice(0, size), more: section.more ?? ctx.seeAll(name, section.cards.length) }];
  });
}
