/**
 * `npm run fonts:subset`: rewrites src/fonts/preview/ — Noto Sans SC, TC and Thai in the two
 * weights the preview images use, cut down to the characters of previewCharacters() — and its
 * manifest. Run it after adding content in a new script or with rare Chinese characters (the
 * test tests/unit/previewFonts.test.ts says when). Needs the npm registry once, for the sources.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import {
  families,
  previewFontFile,
  previewFontWeights,
  type Family,
  type PreviewFontManifest,
} from '../../src/lib/media/ogImage/fontFiles';
import { fontSources, sourceFontFile, unpackedSource } from './previewFontSources';
import { previewCharacters } from './previewCharacters';
import { fontCharacters } from './fontCharacters';

const root = join(import.meta.dirname, '..', '..');
const outDir = join(root, 'src', 'fonts', 'preview');
const cacheDir = join(root, 'node_modules', '.cache', 'preview-font-sources');
mkdirSync(outDir, { recursive: true });

const characters = previewCharacters(root);
const manifest: PreviewFontManifest = { families: {} as PreviewFontManifest['families'] };
for (const family of families as Family[]) {
  const source = fontSources[family];
  const unpacked = unpackedSource(source, cacheDir);
  let drawn: Set<string> | undefined;
  for (const weight of previewFontWeights) {
    const subset = await subsetFont(readFileSync(sourceFontFile(source, unpacked, weight)), characters[family], {
      targetFormat: 'truetype',
    });
    const file = previewFontFile(family, weight, outDir);
    writeFileSync(file, subset);
    // The manifest lists what the font really draws (Noto lacks a few of the characters asked for).
    const inFile = await fontCharacters(file);
    drawn = drawn ? new Set([...drawn].filter((c) => inFile.has(c))) : inFile;
    console.log(`${file.slice(root.length + 1)}: ${inFile.size} characters, ${(subset.length / 1024).toFixed(0)} KB`);
  }
  // Every Noto family carries the same licence; one copy per family keeps the pairing obvious.
  copyFileSync(join(unpacked, 'LICENSE_FONT'), join(outDir, `OFL-${family}.txt`));
  manifest.families[family] = { source: `${source.pkg}@${source.version}`, characters: [...(drawn ?? [])].sort().join('') };
}
writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
