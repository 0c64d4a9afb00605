import { locales, type Locale } from '../i18n/locales';

/** A calendar date in the reader's language (`25 September 2024`, `2024年9月25日`). */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locales[locale].tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** ISO `YYYY-MM-DD`, for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
