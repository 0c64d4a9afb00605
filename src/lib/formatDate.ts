import { locales, type Locale } from '../i18n/locales';
import { remember } from './remember';

// One formatter per locale: building an Intl.DateTimeFormat costs far more than using one, and
// every entry page formats several dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** How much of a date is known: a source may give only its month or its year. */
export type DatePrecision = 'day' | 'month' | 'year';

const fields: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { dateStyle: 'long' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
};

/**
 * A calendar date in the reader's language (`September 25, 2024`, `2024年9月25日`), always with a
 * Gregorian year: the text of every locale gives years as 2024, 2025…, so a locale whose default
 * calendar is another one (Thai: Buddhist era, 2567) must not print a different year beside it.
 */
export function formatDate(date: Date, locale: Locale, precision: DatePrecision = 'day'): string {
  const formatter = remember(
    formatters,
    `${locale} ${precision}`,
    () =>
      new Intl.DateTimeFormat(locales[locale].tag, {
        ...fields[precision],
        timeZone: 'UTC',
        calendar: 'gregory',
      }),
  );
  return formatter.format(date);
}

/** ISO `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` when that is all that is known), for <time datetime>. */
export function isoDate(date: Date, precision: DatePrecision = 'day'): string {
  return date.toISOString().slice(0, { day: 10, month: 7, year: 4 }[precision]);
}
