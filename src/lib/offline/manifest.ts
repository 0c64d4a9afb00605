/**
 * A locale's web app manifest (/<locale>/manifest.webmanifest): the site's name and tagline in
 * that language, its direction, and the locale's home as start and scope, so an installed site
 * opens in the reader's language. Icons are the site's own (src/lib/offline/icons.ts).
 */
import type { Translate } from '../../i18n';
import { locales, type Locale } from '../../i18n/locales';
import { localizedPath } from '../routing/localizedUrl';
import { appIcons } from './icons';

export const webManifestPath = (locale: Locale): string => `${localizedPath(locale)}manifest.webmanifest`;

/** The brand colours of the favicon (public/favicon.svg) and the page background. */
const colours = { theme: '#1e3a8a', background: '#ffffff' } as const;

export interface WebManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  start_url: string;
  scope: string;
  display: 'standalone';
  theme_color: string;
  background_color: string;
  icons: Array<{ src: string; sizes: string; type: string; purpose: 'any' }>;
}

export function webManifest(locale: Locale, t: Translate): WebManifest {
  const home = localizedPath(locale);
  return {
    id: home,
    name: t('site.name'),
    short_name: t('offline.shortName'),
    description: t('site.tagline'),
    lang: locales[locale].tag,
    dir: locales[locale].dir,
    start_url: home,
    scope: home,
    display: 'standalone',
    theme_color: colours.theme,
    background_color: colours.background,
    icons: appIcons.map(({ path, size, type }) => ({ src: path, sizes: size ? `${size}x${size}` : 'any', type, purpose: 'any' })),
  };
}
