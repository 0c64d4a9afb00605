/**
 * The content hash of an entry's source file, recorded by translations (`sourceHash`) so the
 * site knows when the English text changed after a translation was made. It hashes what the
 * entry says (src/lib/content/contentHashInput.ts), so the canonical formatter and the editor, which
 * computes the same hash in the browser, agree with the build.
 */
import { createHash } from 'node:crypto';
import { parseContentFile, type ContentFileParts } from './frontmatter';
import { contentHashInput, hashLength } from './contentHashInput';

/** The hash of a file already split (the catalogue's); `parts` undefined when its frontmatter is unreadable. */
export function hashOfParts(parts: ContentFileParts | undefined, fileText: string): string {
  // Unreadable frontmatter: the integrity check names the file; any hash will do until then.
  const input = parts ? contentHashInput(parts.data, parts.body) : fileText;
  return createHash('sha256').update(input).digest('hex').slice(0, hashLength);
}

export function contentHash(fileText: string): string {
  let parts: ContentFileParts | undefined;
  try {
    parts = parseContentFile(fileText);
  } catch {
    parts = undefined;
  }
  return hashOfParts(parts, fileText);
}

/** Sets (or replaces) `sourceHash:` in a file's frontmatter, right after `translatedFrom:`. */
export function stampSourceHash(fileText: string, hash: string): string {
  if (/^sourceHash:.*$/m.test(fileText)) return fileText.replace(/^sourceHash:.*$/m, `sourceHash: '${hash}'`);
  if (/^translatedFrom:.*$/m.test(fileText)) return fileText.replace(/^(translatedFrom:.*)$/m, `$1\nsourceHash: '${hash}'`);
  return fileText.replace(/^---\r?\n/, `---\nsourceHash: '${hash}'\n`);
}
