import { locales, type Locale } from '../i18n/locales';
import { remember } from './remember';

// One formatter per locale: building an Intl.DateTimeFormat costs far more than using one, and
// every entry page formats several dates.
const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** A calendar date in the reader's language (`25 September 2024`, `2024年9月25日`). */
export function formatDate(date: Date, locale: Locale): string {
  const formatter = remember(
    formatters,
    locale,
    () => new Intl.DateTimeFormat(locales[locale].tag, { dateStyle: 'long', timeZone: 'UTC' }),
  );
  return formatter.format(date);
}

/** ISO `YYYY-MM-DD`, for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
