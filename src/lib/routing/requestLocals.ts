/**
 * What every page and component of a request shares (Starlight's `locals.ts` is the model): the
 * page's locale from its address, that locale's strings and absolute URLs against the configured
 * site. The middleware puts it on `Astro.locals`, so no component takes a `locale` prop.
 */
import { useTranslations } from '../../i18n';
import { defaultLocale } from '../../i18n/locales';
import { absoluteUrl, splitLocalePath } from './localizedUrl';

/** App.Locals (src/env.d.ts): the locale, `t` and `absolute`. */
export type RequestLocals = App.Locals;

/** Where URLs point when astro.config sets no `site` (a local preview). */
const localSite = 'http://localhost/';

export function requestLocals(pathname: string, site: URL | string | undefined): RequestLocals {
  const locale = splitLocalePath(pathname)?.locale ?? defaultLocale;
  const origin = site ?? localSite;
  return { locale, t: useTranslations(locale), absolute: (path) => absoluteUrl(path, origin) };
}
