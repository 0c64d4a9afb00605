/**
 * The locales this build makes pages for: all of them, or those named in BUILD_LOCALES
 * (`BUILD_LOCALES=th,id npm run build`), so a build can be split into locale shards. Every page
 * still knows all locales (picker, hreflang, search across languages); only which pages are
 * written changes.
 */
import { defaultLocale, isLocale, localeCodes, type Locale } from './locales';

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

/**
 * The locales whose content entries this build loads: the built ones and English, which defines
 * every page and stands in for missing translations. Other locales' files are known from their
 * frontmatter only (src/lib/content/catalogue.ts), so a Thai shard does not compile Chinese MDX.
 */
export function loadedLocales(built: readonly Locale[] = buildLocales()): Locale[] {
  return localeCodes.filter((code) => code === defaultLocale || built.includes(code));
}

/** The content loader's glob, inside a collection folder, for the loaded locales. */
export function contentPattern(built: readonly Locale[] = buildLocales()): string {
  if (built.length === localeCodes.length) return '*/*.{md,mdx}';
  const loaded = loadedLocales(built);
  return `${loaded.length > 1 ? `{${loaded.join(',')}}` : loaded[0]}/*.{md,mdx}`;
}
