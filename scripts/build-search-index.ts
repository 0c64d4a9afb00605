/**
 * Builds one Pagefind bundle per locale, at dist/pagefind/<locale>/. Separate bundles (rather
 * than one bundle with a language per index) let a page search its own locale first and merge
 * the other locales' bundles only when it finds nothing, which Pagefind's mergeIndex supports
 * for distinct bundles. Run after `astro build` (npm run build does both).
 */
import { close, createIndex } from 'pagefind';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { locales, localeCodes } from '../src/i18n/locales';
import { builtPages, fileFor } from './lib/dist';

const dist = join(import.meta.dirname, '..', 'dist');
rmSync(join(dist, 'pagefind'), { recursive: true, force: true });

for (const code of localeCodes) {
  const { index, errors } = await createIndex({ forceLanguage: locales[code].tag.toLowerCase() });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Only pages that mark their content region: entries in their own language. Index pages,
  // the 404 page and untranslated fallbacks carry no data-pagefind-body and stay out.
  let pageCount = 0;
  for (const path of builtPages(dist).filter((p) => p.startsWith(`/${code}/`))) {
    const content = readFileSync(fileFor(path, dist)!, 'utf8');
    if (!content.includes('data-pagefind-body')) continue;
    const added = await index.addHTMLFile({ url: path, content });
    if (added.errors.length) throw new Error(`Pagefind failed on ${path}: ${added.errors.join('; ')}`);
    pageCount += 1;
  }
  const written = await index.writeFiles({ outputPath: join(dist, 'pagefind', code) });
  if (written.errors.length) throw new Error(`Pagefind could not write ${code}: ${written.errors.join('; ')}`);
  console.log(`pagefind: ${code}: ${pageCount} pages indexed`);
}
await close();
