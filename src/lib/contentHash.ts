/**
 * The content hash of an entry's source file, recorded by translations (`sourceHash`) so the
 * site knows when the English text changed after a translation was made. Lines that do not
 * change the text a translator works from (lastChecked, translation bookkeeping) are left out.
 */
import { createHash } from 'node:crypto';

const ignoredLine = /^(lastChecked|translatedFrom|sourceHash):.*$/gm;

export function contentHash(fileText: string): string {
  const normalised = fileText.replace(/\r\n/g, '\n').replace(ignoredLine, '').trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 12);
}

/** Sets (or replaces) `sourceHash:` in a file's frontmatter, right after `translatedFrom:`. */
export function stampSourceHash(fileText: string, hash: string): string {
  if (/^sourceHash:.*$/m.test(fileText)) return fileText.replace(/^sourceHash:.*$/m, `sourceHash: '${hash}'`);
  if (/^translatedFrom:.*$/m.test(fileText)) return fileText.replace(/^(translatedFrom:.*)$/m, `$1\nsourceHash: '${hash}'`);
  return fileText.replace(/^---\r?\n/, `---\nsourceHash: '${hash}'\n`);
}
