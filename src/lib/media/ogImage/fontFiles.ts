/**
 * The preview-image fonts kept in the repository (src/fonts/preview/): Noto Sans subsets holding
 * only the glyphs the site draws, written by `npm run fonts:subset`, with the characters each one
 * covers in manifest.json. Read from the repository, not the machine, so an image built on a
 * laptop and one built in CI are the same pixels.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { remember } from '../../remember';

export type Family = 'sc' | 'tc' | 'thai';

export const families: readonly Family[] = ['sc', 'tc', 'thai'];

/** The family name satori matches against `fontFamily`. */
export const familyNames: Record<Family, string> = {
  sc: 'Noto Sans SC',
  tc: 'Noto Sans TC',
  thai: 'Noto Sans Thai',
};

/** Only the two weights the design uses. */
export const previewFontWeights = [400, 700] as const;
export type PreviewFontWeight = (typeof previewFontWeights)[number];

export interface PreviewFontManifest {
  /** Per family: where it came from, and every character its subset covers. */
  families: Record<Family, { source: string; characters: string }>;
}

const relativeDir = join('src', 'fonts', 'preview');

/**
 * The font folder, found by walking up from this module: the same answer from the source tree
 * (tests, scripts) and from the bundled chunk `astro build` runs, which lives under dist/ or
 * node_modules/ inside the project.
 */
const dirMemo = new Map<string, string>();
export const previewFontDir = (): string =>
  remember(dirMemo, 'dir', () => {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (;;) {
      if (existsSync(join(dir, relativeDir, 'manifest.json'))) return join(dir, relativeDir);
      const parent = dirname(dir);
      if (parent === dir)
        throw new Error(`${relativeDir}/manifest.json not found above ${fileURLToPath(import.meta.url)}: run npm run fonts:subset`);
      dir = parent;
    }
  });

export function previewFontFile(family: Family, weight: PreviewFontWeight, dir = previewFontDir()): string {
  return join(dir, `${familyNames[family].replaceAll(' ', '')}-${weight}.ttf`);
}

const manifests = new Map<string, PreviewFontManifest>();
export function previewFontManifest(dir = previewFontDir()): PreviewFontManifest {
  return remember(manifests, dir, () => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as PreviewFontManifest);
}

const coverage = new Map<Family, Set<string>>();
function covered(family: Family): Set<string> {
  return remember(coverage, family, () => new Set(previewFontManifest().families[family].characters));
}

/** The characters of `text` that none of `list` covers (white space aside), once each. */
export function missingCharacters(text: string, list: readonly Family[]): string[] {
  const missing = new Set<string>();
  for (const char of text) if (!/\s/u.test(char) && !list.some((family) => covered(family).has(char))) missing.add(char);
  return [...missing];
}
