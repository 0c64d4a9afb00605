/**
 * Which Han characters a script converter can change, so a search page downloads the converter
 * (about 20 KB gzip) only for a query it would change: most readers type in their own index's
 * script ("租金" is the same in both), and such a query is searched as typed.
 *
 * The set is a bitmap over the CJK Unified Ideographs block (U+4E00–U+9FFF, 2,624 bytes, about
 * 2 KB gzip), built from the converter's own opencc-js tables and served as base64 text by
 * src/pages/search-data/. A Han character outside the block (rare extensions, compatibility
 * forms) counts as convertible: loading the converter for nothing costs bytes, never a result.
 */

const blockStart = 0x4e00;
const blockEnd = 0x9fff;

/**
 * The characters an opencc-js converter made from `dictionaries` ("from to|from to|…" tables)
 * can change: where a key and its replacement differ. A text without any of them converts to
 * itself, since a table entry matches only a text containing its whole key.
 */
export function changeableCharacters(dictionaries: readonly string[]): Set<string> {
  const changed = new Set<string>();
  for (const dictionary of dictionaries)
    for (const pair of dictionary.split('|')) {
      const [from = '', to = ''] = pair.split(' ');
      const a = [...from];
      const b = [...to];
      // Same length (every table today): the differing places; otherwise the whole key.
      a.forEach((char, i) => {
        if (a.length !== b.length || char !== b[i]) changed.add(char);
      });
    }
  return changed;
}

/** The characters' bitmap over the block, base64 (bit i of byte i >> 3 is U+4E00 + i). */
export function convertibleBitmap(characters: Iterable<string>): string {
  const bits = new Uint8Array((blockEnd - blockStart + 1) / 8);
  for (const char of characters) {
    const offset = char.codePointAt(0)! - blockStart;
    if (offset >= 0 && offset <= blockEnd - blockStart) bits[offset >> 3]! |= 1 << (offset & 7);
  }
  return btoa(String.fromCharCode(...bits));
}

/** A test of the bitmap's characters, decoded once. */
export function convertibleTest(bitmap: string): (query: string) => boolean {
  const bits = Uint8Array.from(atob(bitmap.trim()), (c) => c.charCodeAt(0));
  return (query) => {
    for (const char of query) {
      if (!/\p{Script=Han}/u.test(char)) continue;
      const offset = char.codePointAt(0)! - blockStart;
      if (offset < 0 || offset > blockEnd - blockStart) return true;
      if (bits[offset >> 3]! & (1 << (offset & 7))) return true;
    }
    return false;
  };
}
