/**
 * Every page of one locale with what its previews need (title, what kind of page, district),
 * for the endpoints that render one file per page: preview images, QR codes, the newsletter kit.
 */
import type { Locale } from '../i18n/locales';
import { useTranslations, type UIKey } from '../i18n';
import { sectionLabels } from '../i18n/sectionLabels';
import { getLocalized } from './content';
import { entryRoute, sectionRoutes, type Section } from './routes';
import type { CollectionName } from './schemas';

export interface PageInfo {
  route: string;
  title: string;
  summary: string;
  typeLabel: string;
  district?: string;
  /** The collection of an entry page; absent for section pages. */
  collection?: CollectionName;
}

const entryTypes: Record<CollectionName, UIKey> = {
  districts: 'types.district',
  sites: 'types.site',
  incentives: 'types.incentive',
  serviceBases: 'types.serviceBase',
  platforms: 'types.platform',
  stories: 'types.story',
  event: 'types.event',
};

const sectionPages: Array<{ section: Section; title: UIKey; description: UIKey }> = [
  { section: 'home', title: 'home.title', description: 'home.description' },
  { section: 'districts', title: 'index.districtsTitle', description: 'index.districtsDescription' },
  { section: 'sites', title: 'index.sitesTitle', description: 'index.sitesDescription' },
  { section: 'incentives', title: 'index.incentivesTitle', description: 'index.incentivesDescription' },
  { section: 'serviceBases', title: 'index.serviceBasesTitle', description: 'index.serviceBasesDescription' },
  { section: 'stories', title: 'index.storiesTitle', description: 'index.storiesDescription' },
  { section: 'search', title: 'search.title', description: 'search.description' },
  { section: 'share', title: 'shareKit.title', description: 'shareKit.description' },
  { section: 'translations', title: 'translations.title', description: 'translations.description' },
];

export async function pagesOf(locale: Locale): Promise<PageInfo[]> {
  const t = useTranslations(locale);
  const districtNames = new Map((await getLocalized('districts', locale)).map((d) => [d.slug, d.entry.data.title]));
  const sections: PageInfo[] = sectionPages.map(({ section, title, description }) => ({
    route: sectionRoutes[section],
    title: t(title),
    summary: t(description),
    typeLabel: section === 'home' ? t('site.tagline') : t(sectionLabels[section]),
  }));
  const collections = Object.keys(entryTypes) as CollectionName[];
  const entries = await Promise.all(
    collections.map(async (collection) =>
      (await getLocalized(collection, locale)).map((item): PageInfo => {
        const data = item.entry.data as { title: string; summary: string; district?: string; districts?: string[] };
        const districtSlug = collection === 'districts' ? item.slug : (data.district ?? data.districts?.[0]);
        const district = districtSlug && collection !== 'districts' ? districtNames.get(districtSlug) : undefined;
        return {
          route: entryRoute(collection, item.slug),
          title: data.title,
          summary: data.summary,
          typeLabel: t(entryTypes[collection]),
          collection,
          ...(district ? { district } : {}),
        };
      }),
    ),
  );
  return [...sections, ...entries.flat()];
}
