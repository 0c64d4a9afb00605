/**
 * The inputs of the two maps, from the content and the collection metadata: every collection
 * the metadata puts on the district map appears there with no code change (a district as a
 * highlighted area, a site as a marker on its district), and the world map follows the event's
 * live-stream cities and the stories' countries.
 */
import { collectionMetadata, collections } from '../collections/metadata';
import { collectionNames, type CollectionName } from '../content/schemas';
import { countryName } from '../countryName';
import { cityPosition, cityPositions } from './cityPositions';
import { delegateCountries } from './delegateCountries';
import { maxSitesPerTile, type DistrictMapInput } from './districtMap';
import { isShanghaiDistrictId, type ShanghaiDistrictId } from '../content/shanghaiDistricts';
import { remember } from '../remember';
import type { WorldMapInput } from './worldMap';
import { localizedPath } from '../routing/localizedUrl';
import { pageRoutes } from '../routing/routes';
import type { ViewContext } from '../routing/routeTypes';

interface MapSite {
  /** The collection it is an entry of (where "more sites" links search). */
  collection: CollectionName;
  slug: string;
  district: string;
  label: string;
  href: string;
}

/** The map's districts and its sites by district, in content order: read once per content and locale. */
interface MapEntries {
  highlight: DistrictMapInput['highlight'];
  sites: Map<string, MapSite[]>;
  /** Each site's place in content order. */
  order: Map<MapSite, number>;
}
const mapEntries = new WeakMap<object, Map<string, MapEntries>>();

function entriesOnMap(ctx: ViewContext): MapEntries {
  const byLocale = mapEntries.get(ctx.content) ?? new Map<string, MapEntries>();
  mapEntries.set(ctx.content, byLocale);
  return remember(byLocale, ctx.locale, () => {
    const highlight: DistrictMapInput['highlight'] = [];
    const sites = new Map<string, MapSite[]>();
    const order = new Map<MapSite, number>();
    for (const name of collectionNames) {
      const { map } = collectionMetadata(name);
      if (!map) continue;
      for (const item of ctx.content.list(name, ctx.locale)) {
        const link = { label: item.entry.data.title, href: ctx.href(name, item.slug) };
        if (map.role === 'area') highlight.push({ id: item.slug, ...link });
        else {
          const site = { collection: name, slug: item.slug, district: map.district(item.entry.data), ...link };
          const inDistrict = sites.get(site.district) ?? [];
          inDistrict.push(site);
          sites.set(site.district, inDistrict);
          order.set(site, order.size);
        }
      }
    }
    return { highlight, sites, order };
  });
}

/**
 * The district map of the whole city, or with `focus` (a district slug) that district's view.
 * Each district shows at most `maxSitesPerTile` key sites (`current`, the page's own site, always
 * among them); the rest are one line, linked to the search for that district's sites.
 */
export function districtMapInput(ctx: ViewContext, focus?: string, current?: string): DistrictMapInput {
  const { t } = ctx;
  const { highlight, sites, order } = entriesOnMap(ctx);
  const kept = new Set<MapSite>();
  const more: NonNullable<DistrictMapInput['more']> = [];
  for (const [district, all] of sites) {
    const [head] = all;
    if (!head) continue;
    let first = all.slice(0, maxSitesPerTile);
    const own = all.find((site) => site.slug === current);
    if (own && !first.includes(own)) first = [...first.slice(0, -1), own];
    for (const site of first) kept.add(site);
    if (all.length > first.length) {
      const name =
        highlight.find((h) => h.id === district)?.label ?? (isShanghaiDistrictId(district) ? t(`shanghaiDistricts.${district}`) : district);
      more.push({
        district,
        label: t('map.moreSites', { district: name, number: all.length - first.length }),
        href: ctx.seeAll(head.collection, all.length, { district }).href,
      });
    }
  }
  const focusTitle = highlight.find((h) => h.id === focus)?.label ?? '';
  return {
    highlight,
    // In content order, as the key numbers them.
    sites: [...kept].sort((a, b) => order.get(a)! - order.get(b)!).map(({ collection: _, ...site }) => site),
    ...(more.length ? { more } : {}),
    districtLabel: (id: ShanghaiDistrictId) => t(`shanghaiDistricts.${id}`),
    title: focus ? t('map.insetTitle', { district: focusTitle }) : t('map.districtTitle'),
    description: focus ? t('map.insetDescription', { district: focusTitle }) : t('map.districtDescription'),
    ...(focus ? { focus } : {}),
  };
}

/** The event's reach: Shanghai, the live-stream cities and the delegates' countries, each linked. */
export function worldMapInput(ctx: ViewContext): WorldMapInput {
  const { t, content, locale } = ctx;
  const event = content.list('event', locale)[0];
  // City names in the reader's language, matched to coordinates through the English list.
  const english = content.list('event', 'en')[0]?.entry.data.livestreamCities ?? [];
  const eventHref = event ? ctx.href('event', event.slug) : localizedPath(locale, pageRoutes.home);
  const cities = english.map((name, i) => {
    let position;
    try {
      position = cityPosition(name);
    } catch (error) {
      // Name the entry and field that asked for the city, as every content error does.
      throw new Error(`src/content/event/en/${event?.slug ?? 'event'}.mdx: field "livestreamCities[${i}]": ${(error as Error).message}`);
    }
    const label = event?.entry.data.livestreamCities[i] ?? name;
    return { ...position, label, href: eventHref, kind: 'livestream' as const };
  });
  const districtsIndex = collections.districts.index?.route ?? pageRoutes.home;
  const host = {
    id: 'shanghai',
    label: t('site.shanghai'),
    href: localizedPath(locale, districtsIndex),
    ...cityPositions.shanghai,
    kind: 'host' as const,
  };
  const stories = content.list('stories', locale);
  const storiesIndex = collections.stories.index?.route ?? pageRoutes.home;
  const countries = delegateCountries(stories.map((s) => ({ slug: s.slug, country: s.entry.data.country }))).map(({ iso, story }) => ({
    iso,
    label: countryName(iso, locale),
    href: story ? ctx.href('stories', story) : localizedPath(locale, storiesIndex),
  }));
  return {
    points: [host, ...cities],
    countries,
    title: t('map.worldTitle'),
    description: t('map.worldDescription'),
    legend: { host: t('map.legendHost'), livestream: t('map.legendLivestream'), delegate: t('map.legendDelegate') },
  };
}
