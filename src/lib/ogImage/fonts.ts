/**
 * Fonts for the Open Graph images, read from npm packages rather than the machine, so an image
 * built on a laptop and one built in CI are the same pixels, and a CI box without CJK fonts still
 * draws Chinese.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Font } from 'satori';
import { remember } from '../remember';

/** Which fonts a language needs; several languages share one set. */
export type FontSet = 'sc' | 'tc' | 'thai';

type Family = 'sc' | 'tc' | 'thai';

interface FamilyFiles {
  /** The family name satori matches against `fontFamily`. */
  readonly name: string;
  readonly pkg: string;
  /** File-name stem inside the package, e.g. NotoSansSC_400Regular.ttf. */
  readonly stem: string;
}

const families: Record<Family, FamilyFiles> = {
  sc: { name: 'Noto Sans SC', pkg: '@expo-google-fonts/noto-sans-sc', stem: 'NotoSansSC' },
  tc: { name: 'Noto Sans TC', pkg: '@expo-google-fonts/noto-sans-tc', stem: 'NotoSansTC' },
  thai: { name: 'Noto Sans Thai', pkg: '@expo-google-fonts/noto-sans-thai', stem: 'NotoSansThai' },
};

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

/** Only the two weights the design uses: each CJK weight is ~10 MB, so no others are read. */
const weights = [
  { weight: 400, dir: '400Regular' },
  { weight: 700, dir: '700Bold' },
] as const;

// Resolved from this module, not from process.cwd(), so scripts and tests can run from anywhere.
const require = createRequire(import.meta.url);

/** The font set for a BCP 47 tag ('en', 'zh-Hans', 'zh-Hant', 'zh-TW', 'th', 'id' …). */
export function fontSetFor(lang: string): FontSet {
  const tag = lang.toLowerCase();
  if (tag === 'th' || tag.startsWith('th-')) return 'thai';
  if (/^zh-(hant|tw|hk|mo)(-|$)/.test(tag)) return 'tc';
  return 'sc';
}

/** The `fontFamily` list for a set, matching the names in its `Font[]`. */
export function fontFamilyFor(set: FontSet): string[] {
  return setFamilies[set].map((family) => families[family].name);
}

/** Absolute paths of the TTF files a set uses (for diagnostics and the build log). */
export function fontFilesFor(set: FontSet): string[] {
  return setFamilies[set].flatMap((family) => weights.map((w) => fontPath(family, w.dir)));
}

function fontPath(family: Family, dir: string): string {
  const { pkg, stem } = families[family];
  return require.resolve(`${pkg}/${dir}/${stem}_${dir}.ttf`);
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
      weights.map((w): Font => ({
        name: families[family].name,
        data: readFont(fontPath(family, w.dir)),
        weight: w.weight,
        style: 'normal',
      })),
    ),
  );
}
