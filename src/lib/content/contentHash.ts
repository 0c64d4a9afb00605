/**
 * The content hash of an entry's source file, recorded by translations (`sourceHash`) so the
 * site knows when the English text changed after a translation was made. It hashes what the
 * entry says (src/lib/content/contentHashInput.ts), so the canonical formatter and the editor, which
 * computes the same hash in the browser, agree with the build.
 */
import { createHash } from 'node:crypto';
import { parseContentFile, splitFrontmatter, type ContentFileParts } from './frontmatter';
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

/**
 * Sets (or replaces) `sourceHash:` in a file's frontmatter, right after `translatedFrom:` (first
 * when there is none); every other byte of the file stays as it was.
 */
export function stampSourceHash(fileText: string, hash: string): string {
  const split = splitFrontmatter(fileText);
  if (!split) return fileText;
  const line = `sourceHash: '${hash}'`;
  const yaml = /^sourceHash:.*$/m.test(split.yaml)
    ? split.yaml.replace(/^sourceHash:.*$/m, line)
    : /^translatedFrom:.*$/m.test(split.yaml)
      ? split.yaml.replace(/^(translatedFrom:.*)$/m, `$1\n${line}`)
      : `${line}\n${split.yaml}`;
  return fileText.slice(0, split.yamlStart) + yaml + fileText.slice(split.yamlStart + split.yaml.length);
}
