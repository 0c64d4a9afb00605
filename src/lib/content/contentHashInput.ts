/**
 * What a translation's `sourceHash` is a hash of: the English entry's meaning, not its layout.
 * The frontmatter (without the fields that do not change the text a translator works from:
 * lastChecked, the translation bookkeeping, and `updated` and `changes`, which record that the file
 * changed rather than what it says: the change itself already changes the hash) with keys sorted and absent values dropped, and
 * the body without surrounding blank lines. Reformatting a file never makes its translations
 * outdated, and the editor can compute the same input from the entry it holds (src/admin/stamp.ts).
 * No Node APIs: it runs in the browser too.
 */
import { isAbsent, type Frontmatter } from './contentFormat';

/** The first 12 hex digits of the SHA-256: enough to tell versions of one entry apart. */
export const hashLength = 12;

const ignoredFields = new Set(['lastChecked', 'translatedFrom', 'sourceHash', 'updated', 'changes']);

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => !isAbsent(item)).map(stable);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .filter((key) => !isAbsent(record[key]))
      .map((key) => [key, stable(record[key])]),
  );
}

export function contentHashInput(data: Frontmatter, body: string): string {
  const meaning = Object.fromEntries(Object.entries(data).filter(([key]) => !ignoredFields.has(key)));
  return JSON.stringify([stable(meaning), body.replace(/\r\n/g, '\n').trim()]);
}
