/**
 * URL building. Every page lives under a locale prefix with a trailing slash:
 * `/{locale}{route}` where route starts and ends with "/" (`/districts/xuhui/`).
 */
import { isLocale, type Locale } from '../../i18n/locales';

/** Normalises a route to start and end with one slash. */
export function normaliseRoute(route: string): string {
  const trimmed = route.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** `/zh-hans/districts/xuhui/` from a locale and a route. */
export function localizedPath(locale: Locale, route = '/'): string {
  return `/${locale}${normaliseRoute(route)}`;
}

/** Splits a site path into its locale and the route after it; null when it has no locale prefix. */
export function splitLocalePath(pathname: string): { locale: Locale; route: string } | null {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match?.[1]) return null;
  const first = match[1].toLowerCase();
  if (!isLocale(first)) return null;
  return { locale: first, route: normaliseRoute(match[2] ?? '/') };
}

/** Absolute URL of a site path against the site origin (astro.config `site`). */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** The canonical URL of a route in the context's locale: `https://…/th/districts/xuhui/`. */
export function canonicalUrl(ctx: { locale: Locale; absolute(path: string): string }, route = '/'): string {
  return ctx.absolute(localizedPath(ctx.locale, route));
}
