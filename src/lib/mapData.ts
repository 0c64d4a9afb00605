/**
 * The inputs of the two maps, from the content and the collection registry: every collection
 * the registry puts on the district map appears there with no code change (a district as a
 * highlighted area, a site as a marker on its district), and the world map follows the event's
 * live-stream cities and the stories' countries.
 */
import { collections, collectionSpec } from './collections';
import { collectionNames } from './schemas';
import { countryName } from './countryName';
import { cityPosition, cityPositions } from './maps/cityPositions';
import { delegateCountries } from './maps/delegateCountries';
import type { DistrictMapInput } from './maps/districtMap';
import type { ShanghaiDistrictId } from './maps/shanghaiDistricts';
import type { WorldMapInput } from './maps/worldMap';
import { localizedPath } from './localizedUrl';
import { pageRoutes } from './routes';
import type { ViewContext } from './routeTypes';

/** The district map of the whole city, or with `focus` (a district slug) that district's view. */
export function districtMapInput(ctx: ViewContext, focus?: string): DistrictMapInput {
  const { t, content, locale } = ctx;
  const highlight: DistrictMapInput['highlight'] = [];
  const sites: DistrictMapInput['sites'] = [];
  for (const name of collectionNames) {
    const map = collectionSpec(name).map;
    if (!map) continue;
    for (const item of content.list(name, locale)) {
      const link = { label: item.entry.data.title, href: ctx.href(name, item.slug) };
      if (map.role === 'area') highlight.push({ id: item.slug, ...link });
      else sites.push({ slug: item.slug, district: map.district(item.entry.data), ...link });
    }
  }
  const focusTitle = highlight.find((h) => h.id === focus)?.label ?? '';
  return {
    highlight,
    sites,
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
