/** The bundled UI-string files, one per locale in locales.ts. */
import type { Locale } from './locales';
import en from './ui/en.json';
import zhHans from './ui/zh-hans.json';
import zhHant from './ui/zh-hant.json';
import th from './ui/th.json';
import id from './ui/id.json';

export type UIStrings = typeof en;

/** Typed as partial trees: a missing key in a translation falls back to English. */
export type UITree = { [key: string]: string | UITree };

export const uiStrings: Record<Locale, UITree> = {
  en,
  'zh-hans': zhHans,
  'zh-hant': zhHant,
  th,
  id,
};
