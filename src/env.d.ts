/** What the middleware (src/middleware.ts, src/lib/routing/requestLocals.ts) puts on Astro.locals for every page and component. */
declare namespace App {
  interface Locals {
    /** The locale of the page's address; the root pages (`/`, `/404.html`) are the default locale's. */
    locale: import('./i18n/locales').Locale;
    /** The locale's UI strings. */
    t: import('./i18n').Translate;
    /** An absolute URL of a site path, against the configured site. */
    absolute(path: string): string;
  }
}
