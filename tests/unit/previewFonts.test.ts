/**
 * The preview-image fonts in src/fonts/preview/: each subset really holds the glyphs its manifest
 * promises (read from the font's own character map), the manifest covers every character the
 * content and UI strings use (so an image never draws an empty box), and the licence sits beside them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  families,
  missingCharacters,
  previewFontDir,
  previewFontFile,
  previewFontManifest,
  previewFontWeights,
} from '../../src/lib/media/ogImage/fontFiles';
import { requiredCharacters } from '../../scripts/fonts/previewCharacters';
import { fontCharacters } from '../../scripts/fonts/fontCharacters';

const root = join(import.meta.dirname, '..', '..');
const manifest = previewFontManifest();

describe('preview fonts', () => {
  it.each(families.flatMap((family) => previewFontWeights.map((weight) => [family, weight] as const)))(
    '%s %i draws every character its manifest lists',
    async (family, weight) => {
      const drawn = await fontCharacters(previewFontFile(family, weight));
      expect([...manifest.families[family].characters].filter((c) => !drawn.has(c))).toEqual([]);
    },
  );

  it('cover every character the content and UI strings use (else run npm run fonts:subset)', () => {
    const needed = requiredCharacters(root);
    // Each with the fallback its font set has (fonts.ts): Noto TC draws no 爲, say, but SC does.
    const sets = { sc: ['sc'], tc: ['tc', 'sc'], thai: ['thai', 'sc'] } as const;
    for (const family of families)
      expect(missingCharacters(needed[family], sets[family]).join(''), `${family}: run npm run fonts:subset`).toBe('');
  });

  it('tell which characters a set cannot draw', () => {
    expect(missingCharacters('徐汇 Xuhui', ['sc'])).toEqual([]);
    expect(missingCharacters('เขตซูฮุ่ย 徐汇', ['thai'])).toEqual(['徐', '汇']);
    expect(missingCharacters('เขตซูฮุ่ย 徐汇', ['thai', 'sc'])).toEqual([]);
    expect(missingCharacters('𪚥', ['sc', 'tc'])).toEqual(['𪚥']);
  });

  it('keep the SIL Open Font License beside each family and name their source', () => {
    for (const family of families) {
      expect(readFileSync(join(previewFontDir(), `OFL-${family}.txt`), 'utf8')).toContain('SIL Open Font License');
      expect(manifest.families[family].source).toMatch(/^@expo-google-fonts\/noto-sans-[a-z]+@\d/);
    }
    expect(existsSync(join(previewFontDir(), 'README.md'))).toBe(true);
  });
});
