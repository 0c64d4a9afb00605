/**
 * UI strings through i18next, used directly (no astro-i18next: archived upstream, and it left
 * zh-CN pages in English). One synchronous instance with every locale's JSON bundled;
 * a key missing in a locale falls back to English key by key.
 */
import { createInstance, type TOptions } from 'i18next';
import { defaultLocale, localeCodes, type Locale } from './locales';
import { uiStrings, type UIStrings } from './uiStrings';

/** Dotted paths of every string in the English file: `nav.home`, `sectors.ai`, … */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type UIKey = Leaves<UIStrings>;

const i18n = createInstance({
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: localeCodes,
  lowerCaseLng: true,
  load: 'currentOnly',
  initAsync: false,
  returnNull: false,
  interpolation: { escapeValue: false }, // Astro escapes on output
  resources: Object.fromEntries(localeCodes.map((code) => [code, { translation: uiStrings[code] }])),
});
void i18n.init();

export type Translate = (key: UIKey, options?: TOptions) => string;

// A string without options is the same every time: asked thousands of times a build (a 5,000-page
// build spent a tenth of its main thread in i18next), it is looked up once per locale and key.
const plainStrings = new Map<Locale, Map<UIKey, string>>();

/** The `t` function of one locale. */
export function useTranslations(locale: Locale): Translate {
  const t = i18n.getFixedT(locale);
  // A plain Map, not lib/remember: the locale layer sits below src/lib and imports nothing from it.
  const plain = plainStrings.get(locale) ?? new Map<UIKey, string>();
  plainStrings.set(locale, plain);
  return (key, options) => {
    if (options) return String(t(key, options));
    const known = plain.get(key);
    if (known !== undefined) return known;
    const text = String(t(key));
    plain.set(key, text);
    return text;
  };
}
