/** Navigation, directory links and breadcrumb trails, from the collection metadata. */
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { collectionMetadata } from '../collections/metadata';
import { localizedPath } from './localizedUrl';
import { pageLabels, pageRoutes } from './routes';
import type { Link } from './routeTypes';
import { collectionNames, type CollectionName } from '../content/schemas';

/** A collection's section page: its index, or its one page for a single-entry collection. */
export function sectionRoute(collection: CollectionName): string | undefined {
  const spec = collectionMetadata(collection);
  return spec.index?.route ?? spec.navRoute;
}

/** The main navigation: every collection with a navigation label, in the metadata's order. */
export function mainNav(locale: Locale, t: Translate): Array<Link & { route: string }> {
  return collectionNames.flatMap((name) => {
    const spec = collectionMetadata(name);
    const route = sectionRoute(name);
    return spec.navLabel && route ? [{ label: t(spec.navLabel), href: localizedPath(locale, route), route }] : [];
  });
}

/** The home page, then the collection's index page when it has one: the ancestors of an entry. */
export function trail(locale: Locale, t: Translate, collection?: CollectionName): Link[] {
  const home = { label: t(pageLabels.home.label), href: localizedPath(locale, pageRoutes.home) };
  const index = collection ? collectionMetadata(collection).index : undefined;
  const label = collection ? collectionMetadata(collection).navLabel : undefined;
  return index && label ? [home, { label: t(label), href: localizedPath(locale, index.route) }] : [home];
}
