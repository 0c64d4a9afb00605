/**
 * `npm run format` (writes) and `npm run lint` (`--check`): every content file in its canonical
 * form (src/lib/content/contentFormat.ts), the form the content editor writes back, so a save in /admin/
 * changes only the lines of the fields an editor changed. `--check` lists the files not in that
 * form and exits 1. A file whose frontmatter cannot be read is reported, never rewritten.
 *
 * Stamps made before the hash became format-independent (sha256 of the English file's text) are
 * carried over when writing: a translation stamped as matching its English entry's text stays
 * marked as matching it. Re-run after merging content changes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentFiles } from '../src/lib/content/catalogue';
import { canonicalContentFile, parseContentFile } from '../src/lib/content/contentFormat';
import { contentHash, stampSourceHash } from '../src/lib/content/contentHash';
import { collectionNames, type CollectionName } from '../src/lib/content/schemas';
import { defaultLocale } from '../src/i18n/locales';
import { commandLine } from './commandLine';

const root = join(import.meta.dirname, '..');
const { check } = commandLine({
  usage: 'tsx scripts/format-content.ts [--check]  (npm run format rewrites; npm run lint checks)',
  options: { check: { type: 'boolean', default: false } },
}).values;

/** The hash as it was: the English file's text without its bookkeeping lines. */
const legacyHash = (text: string) =>
  createHash('sha256')
    .update(
      text
        .replace(/\r\n/g, '\n')
        .replace(/^(lastChecked|translatedFrom|sourceHash):.*$/gm, '')
        .trim(),
    )
    .digest('hex')
    .slice(0, 12);

const files = readContentFiles(join(root, 'src', 'content'), root).filter((f) => collectionNames.includes(f.collection as CollectionName));
const texts = new Map(files.map((f) => [f.file, readFileSync(join(root, f.file), 'utf8')]));
const english = new Map(files.filter((f) => f.locale === defaultLocale).map((f) => [`${f.collection}/${f.slug}`, f.file]));

const problems: string[] = [];
const changed: string[] = [];
for (const file of files) {
  let text = texts.get(file.file)!;
  const reference = english.get(`${file.collection}/${file.slug}`);
  try {
    if (!check && file.locale !== defaultLocale && reference) {
      const stamped = (parseContentFile(text).data as { sourceHash?: unknown }).sourceHash;
      const referenceText = texts.get(reference)!;
      if (stamped === legacyHash(referenceText)) text = stampSourceHash(text, contentHash(referenceText));
    }
    const canonical = canonicalContentFile(file.collection as CollectionName, text);
    if (canonical === texts.get(file.file)) continue;
    if (check) problems.push(`${file.file}: not in the canonical form (npm run format rewrites it)`);
    else {
      writeFileSync(join(root, file.file), canonical);
      changed.push(file.file);
    }
  } catch (error) {
    problems.push(`${file.file}: ${(error as Error).message.split('\n')[0]}`);
  }
}

if (changed.length) console.log(`content files: rewrote ${changed.length} of ${files.length} in canonical form`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
if (check) console.log(`content files: all ${files.length} in canonical form`);
