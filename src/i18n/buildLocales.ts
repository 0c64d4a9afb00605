/**
 * The locales this build makes pages for: all of them, or those named in BUILD_LOCALES
 * (`BUILD_LOCALES=th,id npm run build`), so a build can be split into locale shards. Every page
 * still knows all locales (picker, hreflang, search across languages); only which pages are
 * written changes.
 */
import { isLocale, localeCodes, type Locale } from './locales';

export function buildLocales(value: string | undefined = process.env.BUILD_LOCALES): Locale[] {
  if (!value?.trim()) return localeCodes;
  const asked = value.split(',').map((code) => code.trim().toLowerCase());
  const unknown = asked.filter((code) => !isLocale(code));
  if (unknown.length > 0) {
    throw new Error(
      `BUILD_LOCALES: unknown locale ${unknown.map((c) => `"${c}"`).join(', ')}; expected some of: ${localeCodes.join(', ')}`,
    );
  }
  return localeCodes.filter((code) => asked.includes(code));
}

/** getStaticPaths for a page that exists once per built locale. */
export function localePaths() {
  return buildLocales().map((lang) => ({ params: { lang } }));
}
