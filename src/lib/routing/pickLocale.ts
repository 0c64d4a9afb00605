/**
 * Which locale the root page sends a reader to: the one they chose before, else the first
 * browser language we have, else the default. Runs in the browser; no Astro imports.
 */
import { defaultLocale, isLocale, locales, localeCodes, type Locale } from '../../i18n/locales';

/** Maps one browser language tag (`zh-TW`, `en-GB`, `zh-Hant-HK`) to a locale, or null. */
export function matchBrowserLanguage(tag: string): Locale | null {
  const lower = tag.trim().toLowerCase();
  if (!lower) return null;
  // Longest match first, so `zh-hant-hk` beats the plain `zh` of Simplified Chinese.
  let best: { locale: Locale; length: number } | null = null;
  for (const code of localeCodes) {
    for (const prefix of locales[code].browserMatches) {
      const hit = lower === prefix || lower.startsWith(`${prefix}-`);
      if (hit && (!best || prefix.length > best.length)) best = { locale: code, length: prefix.length };
    }
  }
  return best?.locale ?? null;
}

export function pickLocale(stored: string | null | undefined, browserLanguages: readonly string[]): Locale {
  if (stored && isLocale(stored)) return stored;
  for (const tag of browserLanguages) {
    const match = matchBrowserLanguage(tag);
    if (match) return match;
  }
  return defaultLocale;
}

/** localStorage key under which the language picker remembers the reader's choice. */
export const storedLocaleKey = 'gis-locale';
