/**
 * What each collection IS on the site, said once: its routes, labels, search type, index and page
 * size, feed membership, place on the district map and editor fields. This is the registry's first
 * layer, and all that config-time code reads (the integrity check, the editor config, the route
 * table and so the sitemap): it imports only the schemas and i18n types, so reading one field
 * never loads a view, a map or structured data. What a collection's pages SHOW is the second
 * layer, views.ts, which imports this file and never the reverse.
 *
 * To add a collection: its schema in content/schemas.ts, an entry here (the `satisfies` below
 * fails to compile without one), its views in views.ts, and its content.
 */
import type { z } from 'astro/zod';
import type { UIKey } from '../../i18n';
import type { CollectionName, collectionSchemas } from '../content/schemas';

/** An entry's frontmatter, as its schema parses it. */
export type CollectionData<C extends CollectionName> = z.output<(typeof collectionSchemas)[C]>;

/** How a collection appears on the district map: as an area (a district) or a marker in one. */
export type MapRole<C extends CollectionName> = { role: 'area' } | { role: 'marker'; district(data: CollectionData<C>): string };

export interface CollectionMetadata<C extends CollectionName> {
  /** The page of one entry, e.g. `/districts/xuhui/`. Same in every locale. */
  route(slug: string): string;
  /** What one entry is ("District"), in search results, previews and the type line. */
  typeLabel: UIKey;
  /** The `type` filter value in the search index. */
  searchType: string;
  /** Navigation label of the section; collections without one stay out of the main navigation. */
  navLabel?: UIKey;
  /** Where the navigation points when the collection has no index page (a single entry). */
  navRoute?: string;
  /** The section index, when the collection has one (its view is in views.ts). */
  index?: {
    route: string;
    title: UIKey;
    description: UIKey;
    /** Entries per index page (routing/routeTable.ts); the index view gives one card per entry. */
    pageSize: number;
  };
  /** Whether its entries are in the RSS feed. */
  feed: boolean;
  /** Its place on the district map. */
  map?: MapRole<C>;
  /** The district an entry's preview image names, from its frontmatter; none for a district's own page. */
  previewDistrict?(data: CollectionData<C>): string | undefined;
  /** In the content editor (/admin/): the UI-string section naming its fields, and whether editors may add entries. */
  editor: { fieldLabels: string; create: boolean };
  /**
   * Whether an entry's page is a brief to print or forward: a "Print or save as PDF" button, and
   * at most two A4 pages on paper (`npm run print:briefs` prints every one; tests/browser/print.test.ts).
   */
  brief?: true;
}

export const collections = {
  event: {
    route: () => '/event/',
    typeLabel: 'types.event',
    searchType: 'event',
    navLabel: 'nav.event',
    navRoute: '/event/',
    feed: true,
    editor: { fieldLabels: 'event', create: false },
  },
  districts: {
    route: (slug) => `/districts/${slug}/`,
    typeLabel: 'types.district',
    searchType: 'district',
    navLabel: 'nav.districts',
    // Shanghai has 16 districts (the slug rule): their index is always one page, with the map.
    index: { route: '/districts/', title: 'index.districtsTitle', description: 'index.districtsDescription', pageSize: 16 },
    feed: true,
    map: { role: 'area' },
    editor: { fieldLabels: 'district', create: true },
    brief: true,
  },
  sites: {
    route: (slug) => `/sites/${slug}/`,
    typeLabel: 'types.site',
    searchType: 'site',
    navLabel: 'nav.sites',
    index: { route: '/sites/', title: 'index.sitesTitle', description: 'index.sitesDescription', pageSize: 24 },
    feed: true,
    map: { role: 'marker', district: (data) => data.district },
    previewDistrict: (data) => data.district,
    editor: { fieldLabels: 'keySite', create: true },
  },
  incentives: {
    route: (slug) => `/incentives/${slug}/`,
    typeLabel: 'types.incentive',
    searchType: 'incentive',
    navLabel: 'nav.incentives',
    index: { route: '/incentives/', title: 'index.incentivesTitle', description: 'index.incentivesDescription', pageSize: 24 },
    feed: false,
    previewDistrict: (data) => data.districts[0],
    editor: { fieldLabels: 'incentive', create: true },
    brief: true,
  },
  serviceBases: {
    route: (slug) => `/service-bases/${slug}/`,
    typeLabel: 'types.serviceBase',
    searchType: 'serviceBase',
    navLabel: 'nav.serviceBases',
    index: { route: '/service-bases/', title: 'index.serviceBasesTitle', description: 'index.serviceBasesDescription', pageSize: 24 },
    feed: true,
    editor: { fieldLabels: 'serviceBase', create: true },
    brief: true,
  },
  platforms: {
    // One platform today, at the address the event's materials use; more would live under /platforms/.
    route: (slug) => (slug === 'nev-platform' ? '/nev-platform/' : `/platforms/${slug}/`),
    typeLabel: 'types.platform',
    searchType: 'platform',
    navLabel: 'nav.nevPlatform',
    navRoute: '/nev-platform/',
    feed: true,
    editor: { fieldLabels: 'platform', create: true },
    brief: true,
  },
  stories: {
    route: (slug) => `/stories/${slug}/`,
    typeLabel: 'types.story',
    searchType: 'story',
    navLabel: 'nav.stories',
    index: { route: '/stories/', title: 'index.storiesTitle', description: 'index.storiesDescription', pageSize: 24 },
    feed: true,
    previewDistrict: (data) => data.districts[0],
    editor: { fieldLabels: 'story', create: true },
  },
  channels: {
    // Official sites and services; their index is the next-steps page (read the rules, contact
    // the district, use the major-project service). Same slug in every locale.
    route: (slug) => `/next-steps/${slug}/`,
    typeLabel: 'types.channel',
    searchType: 'channel',
    navLabel: 'nav.nextSteps',
    index: { route: '/next-steps/', title: 'index.nextStepsTitle', description: 'index.nextStepsDescription', pageSize: 24 },
    feed: false,
    previewDistrict: (data) => data.districts[0],
    editor: { fieldLabels: 'channel', create: true },
  },
} satisfies { [C in CollectionName]: CollectionMetadata<C> };

/** The metadata of a collection, typed for any collection. */
export function collectionMetadata<C extends CollectionName>(name: C): CollectionMetadata<C> {
  return collections[name] as unknown as CollectionMetadata<C>;
}

/** The collections whose entry pages are briefs to print or forward (`brief` above). */
export function briefCollections(): CollectionName[] {
  return (Object.keys(collections) as CollectionName[]).filter((name) => collectionMetadata(name).brief === true);
}
