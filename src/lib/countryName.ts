import { locales, type Locale } from '../i18n/locales';

/** A country's name in the reader's language from its ISO 3166 code, via ICU (no table to keep). */
export function countryName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([locales[locale].tag], { type: 'region' }).of(code) ?? code;
}
