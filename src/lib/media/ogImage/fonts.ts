/**
 * Fonts for the Open Graph images: Noto Sans subsets kept in the repository (fontFiles.ts), so an
 * image built on a laptop and one built in CI are the same pixels, and a CI box without CJK fonts
 * still draws Chinese.
 */
import { readFileSync } from 'node:fs';
import type { Font } from 'satori';
import { remember } from '../../remember';
import { familyNames, missingCharacters, previewFontFile, previewFontWeights, type Family } from './fontFiles';

/** Which fonts a language needs; several languages share one set. */
export type FontSet = 'sc' | 'tc' | 'thai';

/**
 * Families per set, in priority order: satori takes each character from the first listed family
 * that has a glyph for it. Traditional Chinese lists TC first because SC also has most Traditional
 * characters but draws them the mainland way (e.g. 直, 骨). Thai lists Thai first (it also carries
 * Latin and digits in matching Noto Sans metrics) and SC after it, for Chinese names shown beside
 * Thai ones. SC alone covers Latin for en and id.
 */
const setFamilies: Record<FontSet, readonly Family[]> = {
  sc: ['sc'],
  tc: ['tc', 'sc'],
  thai: ['thai', 'sc'],
};

/** The font set for a BCP 47 tag ('en', 'zh-Hans', 'zh-Hant', 'zh-TW', 'th', 'id' …). */
export function fontSetFor(lang: string): FontSet {
  const tag = lang.toLowerCase();
  if (tag === 'th' || tag.startsWith('th-')) return 'thai';
  if (/^zh-(hant|tw|hk|mo)(-|$)/.test(tag)) return 'tc';
  return 'sc';
}

/** The `fontFamily` list for a set, matching the names in its `Font[]`. */
export function fontFamilyFor(set: FontSet): string[] {
  return setFamilies[set].map((family) => familyNames[family]);
}

/** Absolute paths of the TTF files a set uses (for diagnostics and the build log). */
export function fontFilesFor(set: FontSet): string[] {
  return setFamilies[set].flatMap((family) => previewFontWeights.map((weight) => previewFontFile(family, weight)));
}

/** Characters of `text` the set's fonts cannot draw (an image would show nothing in their place). */
export function undrawableCharacters(text: string, set: FontSet): string[] {
  return missingCharacters(text, setFamilies[set]);
}

// Memoised per process: files are shared between sets (SC is in all three), and each set keeps
// one array identity, which satori uses as the key of its parsed-font cache (parsing a CJK font
// costs ~300 ms; reusing it makes later images cost a few milliseconds).
const fileCache = new Map<string, Buffer>();
const setCache = new Map<FontSet, Font[]>();

function readFont(path: string): Buffer {
  return remember(fileCache, path, () => readFileSync(path));
}

/** The satori fonts for a set, read from disk on first use and reused afterwards. */
export function loadFonts(set: FontSet): Font[] {
  return remember(setCache, set, () =>
    setFamilies[set].flatMap((family) =>
      previewFontWeights.map((weight): Font => ({
        name: familyNames[family],
        data: readFont(previewFontFile(family, weight)),
        weight,
        style: 'normal',
      })),
    ),
  );
}
