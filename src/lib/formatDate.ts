import { locales, type Locale } from '../i18n/locales';

/** A calendar date in the reader's language (`25 September 2024`, `2024年9月25日`). */
// One formatter per locale: building an Intl.DateTimeFormat costs far more than using one, and
// every entry page formats several dates.
const formatters = new Map<Locale, Intl.DateTimeFormat>();

export function formatDate(date: Date, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locales[locale].tag, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}

/** ISO `YYYY-MM-DD`, for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
