/**
 * What each collection's pages SHOW, the registry's second layer: an entry page's own parts, its
 * part of the home page, its index view and its structured data. Typed against the metadata
 * (metadata.ts) with `satisfies`: a collection without views does not compile, and one has an
 * index view exactly when its metadata gives it an index page. Imports the metadata; the metadata
 * never imports this file, so config-time code loads no view, map or structured data.
 */
import type { CollectionName } from '../content/schemas';
import type { EntryView, HomeSection, IndexView, Item, PageUrls, ViewContext } from '../routing/routeTypes';
import type { GraphNode } from '../structuredData';
import type { collections } from './metadata';
import { districtHome, districtIndex, districtStructuredData, districtView } from './views/districts';
import { eventHome, eventStructuredData, eventView } from './views/event';
import { incentiveHome, incentiveIndex, incentiveView } from './views/incentives';
import { cardsIndex, webPageStructuredData } from './views/common';
import { platformHome, platformStructuredData, platformView } from './views/platforms';
import { serviceBaseHome, serviceBaseStructuredData, serviceBaseView } from './views/serviceBases';
import { siteIndex, siteStructuredData, siteView } from './views/sites';
import { storyHome, storyIndex, storyStructuredData, storyView } from './views/stories';
import { channelIndex, channelView } from './views/channels';

/** An index view, required where the metadata gives the collection an index page and refused elsewhere. */
type IndexViewOf<C extends CollectionName> = (typeof collections)[C] extends { index: object }
  ? { index(items: Item<C>[], ctx: ViewContext): IndexView }
  : { index?: never };

export type CollectionViews<C extends CollectionName> = IndexViewOf<C> & {
  /** The entry page's own parts. */
  view(item: Item<C>, ctx: ViewContext): EntryView;
  /** The JSON-LD node describing the entry. */
  structuredData(item: Item<C>, ctx: ViewContext, urls: PageUrls): GraphNode;
  /** Its part of the home page, if any. */
  home?(items: Item<C>[], ctx: ViewContext): HomeSection | undefined;
};

const views = {
  event: { view: eventView, home: eventHome, structuredData: eventStructuredData },
  districts: { view: districtView, home: districtHome, index: districtIndex, structuredData: districtStructuredData },
  sites: { view: siteView, index: siteIndex, structuredData: siteStructuredData },
  incentives: { view: incentiveView, home: incentiveHome, index: incentiveIndex, structuredData: webPageStructuredData },
  serviceBases: {
    view: serviceBaseView,
    home: serviceBaseHome,
    index: cardsIndex('serviceBases'),
    structuredData: serviceBaseStructuredData,
  },
  platforms: { view: platformView, home: platformHome, structuredData: platformStructuredData },
  stories: { view: storyView, home: storyHome, index: storyIndex, structuredData: storyStructuredData },
  channels: { view: channelView, index: channelIndex, structuredData: webPageStructuredData },
} satisfies { [C in CollectionName]: CollectionViews<C> };

/** The views of a collection, typed for any collection. */
export function collectionViews<C extends CollectionName>(name: C): CollectionViews<C> {
  return views[name] as unknown as CollectionViews<C>;
}

/** A collection's index view; throws when its metadata gives it no index page. */
export function indexViewOf<C extends CollectionName>(name: C): (items: Item<C>[], ctx: ViewContext) => IndexView {
  const { index } = collectionViews(name) as { index?: (items: Item<C>[], ctx: ViewContext) => IndexView };
  if (!index) throw new Error(`${name} has no index page in src/lib/collections/metadata.ts`);
  return index;
}
