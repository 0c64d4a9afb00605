import { locales, type Locale } from '../i18n/locales';
import { remember } from './remember';

// One formatter per locale: building an Intl.DateTimeFormat costs far more than using one, and
// every entry page formats several dates.
const formatters = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A calendar date in the reader's language (`September 25, 2024`, `2024年9月25日`), always with a
 * Gregorian year: the text of every locale gives years as 2024, 2025…, so a locale whose default
 * calendar is another one (Thai: Buddhist era, 2567) must not print a different year beside it.
 */
export function formatDate(date: Date, locale: Locale): string {
  const formatter = remember(
    formatters,
    locale,
    () =>
      new Intl.DateTimeFormat(locales[locale].tag, {
        dateStyle: 'long',
        timeZone: 'UTC',
        calendar: 'gregory',
      }),
  );
  return formatter.format(date);
}

/** ISO `YYYY-MM-DD`, for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
