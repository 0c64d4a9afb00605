/**
 * Everything a page's <head> says, as plain data (Starlight's `utils/head.ts` is the model): the
 * title with the site name, description, canonical, hreflang alternates and x-default, robots, the
 * feed, the link preview (Open Graph, Twitter) and the JSON-LD graph with its breadcrumbs. Every
 * page, the root pages included, gets its head here; PageHead.astro only writes it out.
 */
import type { Graph } from 'schema-dts';
import type { Translate } from '../../i18n';
import { defaultLocale, localeCodes, locales, type Locale } from '../../i18n/locales';
import { breadcrumbLd, graph, type GraphNode } from '../structuredData';
import { canonicalUrl, localizedPath } from './localizedUrl';
import { pageTitle } from './pageTitle';
import { ogImagePath } from './routes';
import { webManifestPath } from '../offline/manifest';
import type { Link } from './routeTypes';

/** What the head needs of the request: the page's locale, its strings, absolute URLs (Astro.locals has them). */
export interface HeadContext {
  locale: Locale;
  t: Translate;
  /** An absolute URL of a site path, against the configured site. */
  absolute(path: string): string;
}

export interface HeadInput {
  /** The route in every locale, without the prefix: `/districts/xuhui/`. */
  route: string;
  /** The page's own address when it is not `route` under the locale's prefix (the root pages `/`, `/404.html`). */
  path?: string;
  title: string;
  description: string;
  /** Locales with a real translation of this page (hreflang lists only these); all unless told. */
  alternates?: readonly Locale[];
  /** The x-default's site path: the English page unless told (the language chooser at `/` is its own). */
  xDefault?: string;
  ogType?: 'website' | 'article';
  /** The route whose preview image the page shows (a later index page shows its first page's). */
  imageRoute?: string;
  noindex?: boolean;
  /** JSON-LD nodes describing the page; a BreadcrumbList is added from `breadcrumbs`. */
  structuredData?: readonly GraphNode[];
  /** The page's place in the site as site paths, home first, this page last. */
  breadcrumbs?: readonly Link[];
}

/** How a shared link previews (newsletters, WeChat, chat apps). */
export interface SocialHead {
  siteName: string;
  title: string;
  description: string;
  url: string;
  type: 'website' | 'article';
  /** Open Graph locale of the page, then those of its other languages. */
  locale: string;
  localeAlternates: string[];
  /** Absolute URL of the 1200×630 PNG. */
  image: string;
}

export interface PageHead {
  /** BCP 47 tag and direction, for <html lang dir>. */
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  description: string;
  noindex: boolean;
  canonical: string;
  /** hreflang links, the x-default last; none on a page without translations (a not-found page). */
  alternates: Array<{ hreflang: string; href: string }>;
  feed: { title: string; href: string };
  /** The locale's web app manifest (src/pages/[lang]/manifest.webmanifest.ts). */
  manifest: string;
  social: SocialHead;
  /** Absent when the page has no nodes and no breadcrumbs. */
  structuredData?: Graph | undefined;
}

/** The head of one page. */
export function pageHead(ctx: HeadContext, input: HeadInput): PageHead {
  const { locale, t, absolute } = ctx;
  const { route, title, description, alternates = localeCodes, imageRoute = route, structuredData = [], breadcrumbs = [] } = input;
  const canonical = input.path ? absolute(input.path) : canonicalUrl(ctx, route);
  const englishOrFirst = alternates.includes(defaultLocale) ? defaultLocale : alternates[0];
  const xDefault = input.xDefault ?? (englishOrFirst && localizedPath(englishOrFirst, route));
  const siteName = t('site.name');
  const crumbs = breadcrumbs.map((b) => ({ name: b.label, url: absolute(b.href) }));
  const nodes = crumbs.length > 0 ? [...structuredData, breadcrumbLd(crumbs)] : structuredData;
  return {
    lang: locales[locale].tag,
    dir: locales[locale].dir,
    title: pageTitle(title, siteName, route === '/'),
    description,
    noindex: input.noindex ?? false,
    canonical,
    alternates: [
      ...alternates.map((code) => ({ hreflang: locales[code].tag, href: absolute(localizedPath(code, route)) })),
      ...(xDefault ? [{ hreflang: 'x-default', href: absolute(xDefault) }] : []),
    ],
    // The feed's address has no trailing slash: it is a file.
    feed: { title: `${siteName} — ${t('share.rss')}`, href: localizedPath(locale, '/rss.xml').replace(/\/$/, '') },
    manifest: webManifestPath(locale),
    social: {
      siteName,
      title,
      description,
      url: canonical,
      type: input.ogType ?? 'website',
      locale: locales[locale].ogLocale,
      localeAlternates: alternates.filter((code) => code !== locale).map((code) => locales[code].ogLocale),
      image: absolute(ogImagePath(locale, imageRoute)),
    },
    structuredData: nodes.length > 0 ? graph(nodes) : undefined,
  };
}
