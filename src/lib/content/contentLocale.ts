/**
 * The locale of a content file, from its folder (src/content/<collection>/<locale>/<slug>.mdx):
 * what language its body is written in, whichever page shows it.
 */
import { isLocale, type Locale } from '../../i18n/locales';

export function contentLocaleOf(path: string | undefined): Locale | null {
  const match = /\/content\/[^/]+\/([^/]+)\//.exec((path ?? '').replace(/\\/g, '/'));
  return match?.[1] && isLocale(match[1]) ? match[1] : null;
}
