/**
 * THE collection registry: what each collection is on the site, said once. Routes, the page
 * registry (previews, QR codes, newsletter kit), navigation, breadcrumbs, search filters, the
 * feed, the maps, the home page and structured data all derive from it; nothing else lists the
 * collections. Its schema lives in schemas.ts (`collectionSchemas`), which the `satisfies` below
 * ties to this table: a collection without an entry here does not compile.
 *
 * To add a collection: its schema in schemas.ts, an entry here, and its content. Pages come from
 * src/pages/[lang]/[...path].astro, which renders the route data built from this entry.
 */
import type { CollectionSpec } from '../routing/routeTypes';
import type { CollectionName } from '../content/schemas';
import { districtHome, districtIndex, districtStructuredData, districtView } from './views/districts';
import { eventHome, eventStructuredData, eventView } from './views/event';
import { incentiveHome, incentiveIndex, incentiveView } from './views/incentives';
import { cardsIndex, webPageStructuredData } from './views/common';
import { platformHome, platformStructuredData, platformView } from './views/platforms';
import { serviceBaseHome, serviceBaseStructuredData, serviceBaseView } from './views/serviceBases';
import { siteIndex, siteStructuredData, siteView } from './views/sites';
import { storyHome, storyIndex, storyStructuredData, storyView } from './views/stories';
import { channelIndex, channelView } from './views/channels';

export const collections = {
  event: {
    route: () => '/event/',
    typeLabel: 'types.event',
    searchType: 'event',
    navLabel: 'nav.event',
    navRoute: '/event/',
    feed: true,
    home: eventHome,
    view: eventView,
    structuredData: eventStructuredData,
    editor: { fieldLabels: 'event', create: false },
  },
  districts: {
    route: (slug) => `/districts/${slug}/`,
    typeLabel: 'types.district',
    searchType: 'district',
    navLabel: 'nav.districts',
    // Shanghai has 16 districts (the slug rule): their index is always one page, with the map.
    index: {
      route: '/districts/',
      title: 'index.districtsTitle',
      description: 'index.districtsDescription',
      pageSize: 16,
      view: districtIndex,
    },
    home: districtHome,
    feed: true,
    map: { role: 'area' },
    view: districtView,
    structuredData: districtStructuredData,
    editor: { fieldLabels: 'district', create: true },
  },
  sites: {
    route: (slug) => `/sites/${slug}/`,
    typeLabel: 'types.site',
    searchType: 'site',
    navLabel: 'nav.sites',
    index: { route: '/sites/', title: 'index.sitesTitle', description: 'index.sitesDescription', pageSize: 24, view: siteIndex },
    feed: true,
    map: { role: 'marker', district: (data) => (data as { district: string }).district },
    view: siteView,
    structuredData: siteStructuredData,
    editor: { fieldLabels: 'keySite', create: true },
  },
  incentives: {
    route: (slug) => `/incentives/${slug}/`,
    typeLabel: 'types.incentive',
    searchType: 'incentive',
    navLabel: 'nav.incentives',
    index: {
      route: '/incentives/',
      title: 'index.incentivesTitle',
      description: 'index.incentivesDescription',
      pageSize: 24,
      view: incentiveIndex,
    },
    home: incentiveHome,
    feed: false,
    view: incentiveView,
    structuredData: webPageStructuredData,
    editor: { fieldLabels: 'incentive', create: true },
  },
  serviceBases: {
    route: (slug) => `/service-bases/${slug}/`,
    typeLabel: 'types.serviceBase',
    searchType: 'serviceBase',
    navLabel: 'nav.serviceBases',
    index: {
      route: '/service-bases/',
      title: 'index.serviceBasesTitle',
      description: 'index.serviceBasesDescription',
      pageSize: 24,
      view: cardsIndex('serviceBases'),
    },
    home: serviceBaseHome,
    feed: true,
    view: serviceBaseView,
    structuredData: serviceBaseStructuredData,
    editor: { fieldLabels: 'serviceBase', create: true },
  },
  platforms: {
    // One platform today, at the address the event's materials use; more would live under /platforms/.
    route: (slug) => (slug === 'nev-platform' ? '/nev-platform/' : `/platforms/${slug}/`),
    typeLabel: 'types.platform',
    searchType: 'platform',
    navLabel: 'nav.nevPlatform',
    navRoute: '/nev-platform/',
    home: platformHome,
    feed: true,
    view: platformView,
    structuredData: platformStructuredData,
    editor: { fieldLabels: 'platform', create: true },
  },
  stories: {
    route: (slug) => `/stories/${slug}/`,
    typeLabel: 'types.story',
    searchType: 'story',
    navLabel: 'nav.stories',
    index: { route: '/stories/', title: 'index.storiesTitle', description: 'index.storiesDescription', pageSize: 24, view: storyIndex },
    home: storyHome,
    feed: true,
    view: storyView,
    structuredData: storyStructuredData,
    editor: { fieldLabels: 'story', create: true },
  },
  channels: {
    // Official sites and services; their index is the next-steps page (read the rules, contact
    // the district, use the major-project service). Same slug in every locale.
    route: (slug) => `/next-steps/${slug}/`,
    typeLabel: 'types.channel',
    searchType: 'channel',
    navLabel: 'nav.nextSteps',
    index: {
      route: '/next-steps/',
      title: 'index.nextStepsTitle',
      description: 'index.nextStepsDescription',
      pageSize: 24,
      view: channelIndex,
    },
    feed: false,
    view: channelView,
    structuredData: webPageStructuredData,
    editor: { fieldLabels: 'channel', create: true },
  },
} satisfies { [C in CollectionName]: CollectionSpec<C> };

/** The registry entry of a collection, typed for any collection. */
export function collectionSpec<C extends CollectionName>(name: C): CollectionSpec<C> {
  return collections[name] as unknown as CollectionSpec<C>;
}
