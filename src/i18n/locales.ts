/**
 * THE list of locales. Everything else (Astro's i18n config, routes, the language picker,
 * hreflang, Pagefind languages, UI-string files) is derived from this table.
 * To add a locale: add a row here, add src/i18n/ui/<code>.json, add content under
 * src/content/<collection>/<code>/. See docs/translating.md, "How to add a locale".
 */
export interface LocaleConfig {
  /** BCP 47 tag for <html lang>, hreflang and Intl formatting. */
  readonly tag: string;
  /** The language's name in itself, shown in the language picker. */
  readonly nativeName: string;
  /** Open Graph locale (language_TERRITORY). */
  readonly ogLocale: string;
  /** Browser language tags (lower-case prefixes) that should land on this locale. */
  readonly browserMatches: readonly string[];
  /**
   * Other first path segments readers type or links carry for this locale (`/zh-cn/…`): the host
   * redirects them here permanently (dist/_redirects). Lower-case; never a locale code.
   */
  readonly pathAliases: readonly string[];
  /** Script of Chinese names shown beside local names (the `lang` of that inline text). */
  readonly chineseTag: 'zh-Hans' | 'zh-Hant';
  /** The writing system of the locale's text (ISO 15924), which tests check pages are written in. */
  readonly script: 'Latn' | 'Hans' | 'Hant' | 'Thai';
  /** Text direction, for <html dir>. */
  readonly dir: 'ltr' | 'rtl';
}

export const locales = {
  en: {
    tag: 'en',
    nativeName: 'English',
    ogLocale: 'en_GB',
    browserMatches: ['en'],
    pathAliases: [],
    chineseTag: 'zh-Hans',
    script: 'Latn',
    dir: 'ltr',
  },
  'zh-hans': {
    tag: 'zh-Hans',
    nativeName: '简体中文',
    ogLocale: 'zh_CN',
    browserMatches: ['zh-hans', 'zh-cn', 'zh-sg', 'zh-my', 'zh'],
    pathAliases: ['zh', 'zh-cn'],
    chineseTag: 'zh-Hans',
    script: 'Hans',
    dir: 'ltr',
  },
  'zh-hant': {
    tag: 'zh-Hant',
    nativeName: '繁體中文',
    ogLocale: 'zh_TW',
    browserMatches: ['zh-hant', 'zh-tw', 'zh-hk', 'zh-mo'],
    pathAliases: ['zh-tw', 'zh-hk'],
    chineseTag: 'zh-Hant',
    script: 'Hant',
    dir: 'ltr',
  },
  th: {
    tag: 'th',
    nativeName: 'ไทย',
    ogLocale: 'th_TH',
    browserMatches: ['th'],
    pathAliases: [],
    chineseTag: 'zh-Hans',
    script: 'Thai',
    dir: 'ltr',
  },
  id: {
    tag: 'id',
    nativeName: 'Bahasa Indonesia',
    ogLocale: 'id_ID',
    // "in" is the tag older Android and Java versions still report for Indonesian. Malay ("ms")
    // readers, who read Indonesian far better than English, get it too: the site has no Malay.
    browserMatches: ['id', 'in', 'ms'],
    pathAliases: ['ms'],
    chineseTag: 'zh-Hans',
    script: 'Latn',
    dir: 'ltr',
  },
} as const satisfies Record<string, LocaleConfig>;

export type Locale = keyof typeof locales;

/** The reference locale: every entry must exist in it, and it is the fallback for the others. */
export const defaultLocale: Locale = 'en';

export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: string): value is Locale {
  return Object.prototype.hasOwnProperty.call(locales, value);
}
