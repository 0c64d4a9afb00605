/** The characters a font file really draws, from its own character map (harfbuzz, as subset-font uses). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface HarfBuzz {
  createBlob(data: ArrayBuffer): { destroy(): void };
  createFace(blob: unknown, index: number): { collectUnicodes(): Uint32Array; destroy(): void };
}
// subset-font's own dependency; a promise of the loaded WebAssembly module.
const harfbuzz = createRequire(import.meta.url)('harfbuzzjs') as Promise<HarfBuzz>;

export async function fontCharacters(file: string): Promise<Set<string>> {
  const hb = await harfbuzz;
  const bytes = readFileSync(file);
  const blob = hb.createBlob(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const face = hb.createFace(blob, 0);
  const set = new Set([...face.collectUnicodes()].map((cp) => String.fromCodePoint(cp)));
  face.destroy();
  blob.destroy();
  return set;
}
