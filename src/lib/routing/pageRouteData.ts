/**
 * Route data of the pages that are not an entry's (Starlight's `starlight-page.ts` is the model):
 * a locale's home, section pages (indexes, search, the newsletter kit, translation status), its
 * not-found and offline pages, and the two root pages. Each goes through the same head builder as entry pages.
 */
import { useTranslations } from '../../i18n';
import { localeCodes, locales, type Locale } from '../../i18n/locales';
import { webPageLd } from '../structuredData';
import { pageHead, type HeadContext, type PageHead } from './head';
import { canonicalUrl, localizedPath } from './localizedUrl';
import { trail } from './navigation';
import { ogImagePath, pageRoutes } from './routes';
import { offlineRoute } from '../offline/settings';
import type { Link } from './routeTypes';
import type { CollectionName } from '../content/schemas';

export interface PageRouteData {
  locale: Locale;
  /** The route without the locale prefix, e.g. `/districts/`. */
  route: string;
  title: string;
  description: string;
  /** Ancestors of the page, home first; the page itself not included. */
  trail: Link[];
  head: PageHead;
}

export interface SectionPageInput {
  route: string;
  title: string;
  description: string;
  /** The route whose preview image to use: an index's later pages show its first page's. */
  imageRoute?: string;
  /** The collection whose index is the page's parent in the trail (the districts side by side: the districts index). */
  parent?: CollectionName;
}

/** A WebPage in the site: the JSON-LD of a page that is not an entry. */
function webPage(ctx: HeadContext, route: string, title: string, description: string, imageRoute = route) {
  return webPageLd({
    url: canonicalUrl(ctx, route),
    name: title,
    description,
    inLanguage: locales[ctx.locale].tag,
    isPartOf: { name: ctx.t('site.name'), url: canonicalUrl(ctx) },
    image: ctx.absolute(ogImagePath(ctx.locale, imageRoute)),
  });
}

/** A section page under home: an index (or one of its pages), search, the kit, translation status. */
export function sectionRouteData(ctx: HeadContext, input: SectionPageInput): PageRouteData {
  const { route, title, description, imageRoute = route, parent } = input;
  const ancestors = trail(ctx.locale, ctx.t, parent);
  const head = pageHead(ctx, {
    route,
    title,
    description,
    imageRoute,
    structuredData: [webPage(ctx, route, title, description, imageRoute)],
    breadcrumbs: [...ancestors, { label: title, href: localizedPath(ctx.locale, route) }],
  });
  return { locale: ctx.locale, route, title, description, trail: ancestors, head };
}

/** A locale's home page. */
export function homeRouteData(ctx: HeadContext): PageRouteData {
  const route = pageRoutes.home;
  const title = ctx.t('home.title');
  const description = ctx.t('home.description');
  const head = pageHead(ctx, {
    route,
    title,
    description,
    structuredData: [webPage(ctx, route, title, description)],
    breadcrumbs: [{ label: ctx.t('nav.home'), href: localizedPath(ctx.locale) }],
  });
  return { locale: ctx.locale, route, title, description, trail: [], head };
}

const notFoundRoute = '/404/';

/** A locale's not-found page: in no other language (hreflang), not indexed, previewed as the home page. */
export function notFoundRouteData(ctx: HeadContext, path?: string): PageRouteData {
  const title = ctx.t('notFound.title');
  const description = ctx.t('notFound.description');
  const head = pageHead(ctx, {
    route: notFoundRoute,
    path,
    title,
    description,
    alternates: [],
    imageRoute: pageRoutes.home,
    noindex: true,
  });
  return { locale: ctx.locale, route: notFoundRoute, title, description, trail: [], head };
}

/** A locale's offline page (src/lib/offline/): in no other language, not indexed, previewed as the home page. */
export function offlineRouteData(ctx: HeadContext): PageRouteData {
  const title = ctx.t('offline.title');
  const description = ctx.t('offline.description');
  const head = pageHead(ctx, { route: offlineRoute, title, description, alternates: [], imageRoute: pageRoutes.home, noindex: true });
  return { locale: ctx.locale, route: offlineRoute, title, description, trail: [], head };
}

/** One language's line on a root page, in that language. */
export interface RootChoice {
  code: Locale;
  /** BCP 47 tag: the `lang` of its line. */
  tag: string;
  /** The language's name in itself. */
  name: string;
  /** Its home page. */
  href: string;
  /** `root.choose` on the chooser, `notFound.title` on the not-found page. */
  heading: string;
  /** `site.tagline` on the chooser, `notFound.body` on the not-found page. */
  text: string;
  /** The site's name in that language. */
  siteName: string;
}

function rootChoices(heading: 'root.choose' | 'notFound.title', text: 'site.tagline' | 'notFound.body'): RootChoice[] {
  return localeCodes.map((code) => {
    const t = useTranslations(code);
    const { tag, nativeName } = locales[code];
    return { code, tag, name: nativeName, href: localizedPath(code), heading: t(heading), text: t(text), siteName: t('site.name') };
  });
}

export interface RootRouteData {
  head: PageHead;
  /** Every language, in the locale table's order. */
  choices: RootChoice[];
}

/**
 * `/`, the language chooser: in every language, so its hreflang lists every home page and names
 * itself the x-default; its head is English's (the default locale), its preview the English home's.
 */
export function languageChooserRouteData(ctx: HeadContext): RootRouteData {
  const choices = rootChoices('root.choose', 'site.tagline');
  // The site's name in each of its forms, once each: both Chinese scripts write it 相聚上海.
  const title = [...new Set(choices.map((c) => c.siteName))].join(' · ');
  const head = pageHead(ctx, { route: '/', path: '/', title, description: ctx.t('root.description'), xDefault: '/' });
  return { head, choices };
}

/** `/404.html`, which hosts serve for any unknown path outside a locale: the message in every language. */
export function rootNotFoundRouteData(ctx: HeadContext): RootRouteData {
  return { head: notFoundRouteData(ctx, '/404.html').head, choices: rootChoices('notFound.title', 'notFound.body') };
}
