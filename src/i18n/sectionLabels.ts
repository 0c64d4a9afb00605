/** The UI-string key naming each section, for navigation and breadcrumbs. */
import type { Section } from '../lib/routes';
import type { Translate, UIKey } from './index';
import type { Locale } from './locales';
import { localizedPath } from '../lib/localizedUrl';
import { sectionRoutes } from '../lib/routes';

export const sectionLabels: Record<Section, UIKey> = {
  home: 'nav.home',
  event: 'nav.event',
  districts: 'nav.districts',
  sites: 'nav.sites',
  incentives: 'nav.incentives',
  serviceBases: 'nav.serviceBases',
  nevPlatform: 'nav.nevPlatform',
  stories: 'nav.stories',
  search: 'nav.search',
  share: 'nav.share',
  translations: 'entry.translationsLink',
};

/** Breadcrumb trail from the home page through `sections`, as linked crumbs. */
export function sectionTrail(locale: Locale, t: Translate, ...sections: Section[]): Array<{ label: string; href: string }> {
  return (['home', ...sections] as Section[]).map((section) => ({
    label: t(sectionLabels[section]),
    href: localizedPath(locale, sectionRoutes[section]),
  }));
}
