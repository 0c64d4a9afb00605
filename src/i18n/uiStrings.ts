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

/** Key parity of UI-string files: every locale must have every key of the English file. */
export type StringTree = { [key: string]: string | StringTree };

/** Dotted paths of every string leaf in a tree. */
export function leafKeys(tree: StringTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

/** Keys of `reference` that `translation` lacks (or has empty). */
export function missingKeys(reference: StringTree, translation: StringTree): string[] {
  const present = new Set(
    leafKeys(translation).filter((key) => {
      const value = key
        .split('.')
        .reduce<string | StringTree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), translation);
      return typeof value === 'string' && value.trim() !== '';
    }),
  );
  return leafKeys(reference).filter((key) => !present.has(key));
}
