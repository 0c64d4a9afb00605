/**
 * STUB until the pages get their route data: the maps' inputs from the content, so every district
 * and key site in src/content is on the maps with no code change (or the build stops, naming it).
 */
import { useTranslations } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { countryName } from '../countryName';
import { getLocalized } from '../content';
import { localizedPath } from '../localizedUrl';
import { entryRoute, sectionRoutes } from '../routes';
import { cityPosition } from './cityPositions';
import { delegateCountries } from './delegateCountries';
import type { DistrictMapInput } from './districtMap';
import type { WorldMapInput } from './worldMap';

export async function districtMapInput(locale: Locale, focus?: string): Promise<DistrictMapInput> {
  const t = useTranslations(locale);
  const [districts, sites] = [await getLocalized('districts', locale), await getLocalized('sites', locale)];
  const link = (collection: 'districts' | 'sites', slug: string) => localizedPath(locale, entryRoute(collection, slug));
  const district = districts.find((d) => d.slug === focus)?.entry.data.title ?? focus ?? '';
  return {
    highlight: districts.map((d) => ({ id: d.slug, label: d.entry.data.title, href: link('districts', d.slug) })),
    sites: sites.map((s) => ({ slug: s.slug, district: s.entry.data.district, label: s.entry.data.title, href: link('sites', s.slug) })),
    districtLabel: (id) => t(`shanghaiDistricts.${id}`),
    title: focus ? t('map.insetTitle', { district }) : t('map.districtTitle'),
    description: focus ? t('map.insetDescription', { district }) : t('map.districtDescription'),
    ...(focus ? { focus } : {}),
  };
}

export async function worldMapInput(locale: Locale): Promise<WorldMapInput> {
  const t = useTranslations(locale);
  const [[event], [english], stories] = [
    await getLocalized('event', locale),
    await getLocalized('event', 'en'),
    await getLocalized('stories', locale),
  ];
  const eventPage = localizedPath(locale, sectionRoutes.event);
  // City names in the reader's language, matched to coordinates through the English list.
  const cities = (english?.entry.data.livestreamCities ?? []).map((name, i) => ({
    ...cityPosition(name),
    label: event?.entry.data.livestreamCities[i] ?? name,
    href: eventPage,
    kind: 'livestream' as const,
  }));
  const host = {
    ...cityPosition('Shanghai'),
    label: t('site.shanghai'),
    href: localizedPath(locale, sectionRoutes.districts),
    kind: 'host' as const,
  };
  const countries = delegateCountries(stories.map((s) => ({ slug: s.slug, country: s.entry.data.country }))).map(({ iso, story }) => ({
    iso,
    label: countryName(iso, locale),
    href: localizedPath(locale, story ? entryRoute('stories', story) : sectionRoutes.stories),
  }));
  const legend = { host: t('map.legendHost'), livestream: t('map.legendLivestream'), delegate: t('map.legendDelegate') };
  return { points: [host, ...cities], countries, title: t('map.worldTitle'), description: t('map.worldDescription'), legend };
}
