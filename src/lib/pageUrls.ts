/** The absolute addresses of a page that structured data and previews need. */
import { absoluteUrl } from './localizedUrl';
import { ogImagePath } from './routes';

export function pageUrls(locale: string, route: string, site: URL | undefined) {
  const base = site ?? 'http://localhost/';
  return {
    url: absoluteUrl(`/${locale}${route}`, base),
    image: absoluteUrl(ogImagePath(locale, route), base),
    home: absoluteUrl(`/${locale}/`, base),
  };
}
