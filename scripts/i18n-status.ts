/**
 * `npm run i18n:status`: per locale, how many entries are translated, outdated (the English entry
 * changed since) or missing, and which. `--json` prints the same as JSON.
 * `--stamp FILE…` records in translation files that they match the English entry as it is now
 * (run it when a translation is finished or updated).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readContentFiles } from '../src/lib/content/catalogue';
import { contentHash, stampSourceHash } from '../src/lib/content/contentHash';
import { canonicalContentFile } from '../src/lib/content/contentFormat';
import type { CollectionName } from '../src/lib/content/schemas';
import { countStates, translationStatus, type ReferenceEntry, type TranslatedEntry } from '../src/lib/content/translationStatus';
import { defaultLocale, localeCodes } from '../src/i18n/locales';
import { commandLine } from './commandLine';

const usage = 'npm run i18n:status -- [--json] [--root .] | npm run i18n:status -- --stamp FILE…';
const { values: options, positionals: targets } = commandLine({
  usage,
  options: {
    json: { type: 'boolean', default: false },
    stamp: { type: 'boolean', default: false },
    // Another checkout or copy of the project to report on (the tests' fixture site).
    root: { type: 'string', default: join(import.meta.dirname, '..') },
  },
  positionals: true,
});
if (targets.length > 0 && !options.stamp) {
  console.error(`files are only taken with --stamp\nusage: ${usage}`);
  process.exit(2);
}

const root = resolve(options.root);
const files = readContentFiles(join(root, 'src', 'content'), root);
const hashOf = (file: string) => contentHash(readFileSync(join(root, file), 'utf8'));

const references: ReferenceEntry[] = files
  .filter((f) => f.locale === defaultLocale)
  .map((f) => ({ collection: f.collection, slug: f.slug, hash: hashOf(f.file) }));
const translations: TranslatedEntry[] = files
  .filter((f) => f.locale !== defaultLocale)
  .map((f) => {
    const data = f.data && typeof f.data === 'object' ? (f.data as { sourceHash?: unknown }) : {};
    return {
      collection: f.collection,
      slug: f.slug,
      locale: f.locale,
      sourceHash: typeof data.sourceHash === 'string' ? data.sourceHash : undefined,
    };
  });

if (options.stamp) {
  for (const target of targets) {
    const file = files.find((f) => f.file === relative(root, join(process.cwd(), target)).split('\\').join('/'));
    if (!file || file.locale === defaultLocale) throw new Error(`${target}: not a translation under src/content/<collection>/<locale>/`);
    const reference = references.find((r) => r.collection === file.collection && r.slug === file.slug);
    if (!reference) throw new Error(`${target}: no English entry to compare with`);
    const path = join(root, file.file);
    // In the canonical form, as the editor would write it (npm run lint checks it).
    writeFileSync(
      path,
      canonicalContentFile(file.collection as CollectionName, stampSourceHash(readFileSync(path, 'utf8'), reference.hash)),
    );
    console.log(`${file.file}: sourceHash ${reference.hash}`);
  }
  process.exit(0);
}

const report = localeCodes
  .filter((locale) => locale !== defaultLocale)
  .map((locale) => {
    const rows = translationStatus(references, translations, locale);
    return { locale, ...countStates(rows), entries: rows.filter((r) => r.state !== 'translated') };
  });

if (options.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`${references.length} English entries\n`);
  console.log('locale    translated  outdated  missing');
  for (const r of report)
    console.log(`${r.locale.padEnd(10)}${String(r.translated).padEnd(12)}${String(r.outdated).padEnd(10)}${r.missing}`);
  for (const r of report) for (const e of r.entries) console.log(`  ${r.locale}: ${e.state} ${e.collection}/${e.slug}`);
}
