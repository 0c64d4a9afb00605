/**
 * STUB until the pages get their route data: the maps' inputs from the site's content, so every
 * district and key site in src/content is on the maps with no code change (or the build stops
 * naming it). The components take these ready-made and look nothing up themselves.
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
import type { ShanghaiDistrictId } from './shanghaiDistricts';
import type { WorldMapInput } from './worldMap';

export async function districtMapInput(locale: Locale, focus?: string): Promise<DistrictMapInput> {
  const t = useTranslations(locale);
  const districts = await getLocalized('districts', locale);
  const sites = await getLocalized('sites', locale);
  const districtLabel = (id: ShanghaiDistrictId) => t(`shanghaiDistricts.${id}`);
  const focusName = districts.find((d) => d.slug === focus)?.entry.data.title ?? focus ?? '';
  return {
    highlight: districts.map((d) => ({
      id: d.slug,
      label: d.entry.data.title,
      href: localizedPath(locale, entryRoute('districts', d.slug)),
    })),
    sites: sites.map((s) => ({
      slug: s.slug,
      district: s.entry.data.district,
      label: s.entry.data.title,
      href: localizedPath(locale, entryRoute('sites', s.slug)),
    })),
    districtLabel,
    title: focus ? t('map.insetTitle', { district: focusName }) : t('map.districtTitle'),
    description: focus ? t('map.insetDescription', { district: focusName }) : t('map.districtDescription'),
    ...(focus ? { focus } : {}),
  };
}

export async function worldMapInput(locale: Locale): Promise<WorldMapInput> {
  const t = useTranslations(locale);
  const [event] = await getLocalized('event', locale);
  const [englishEvent] = await getLocalized('event', 'en');
  const stories = await getLocalized('stories', locale);
  // City names in the reader's language, matched to coordinates through the English list.
  const cities = (englishEvent?.entry.data.livestreamCities ?? []).map((english, i) => ({
    ...cityPosition(english),
    label: event?.entry.data.livestreamCities[i] ?? english,
    href: localizedPath(locale, sectionRoutes.event),
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
  return {
    points: [host, ...cities],
    countries,
    title: t('map.worldTitle'),
    description: t('map.worldDescription'),
    legend: { host: t('map.legendHost'), livestream: t('map.legendLivestream'), delegate: t('map.legendDelegate') },
  };
}
