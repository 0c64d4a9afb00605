/**
 * One Pagefind bundle per locale, at dist/pagefind/<locale>/. Separate bundles (rather than one
 * bundle with a language per index) let a page search its own locale first and merge the other
 * locales' bundles only when it finds nothing, which Pagefind's mergeIndex supports for distinct
 * bundles. Only pages that mark their content region are indexed: entries in their own language;
 * index pages, not-found pages and untranslated fallbacks carry no data-pagefind-body.
 */
import { close, createIndex } from 'pagefind';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { locales, type Locale } from '../../i18n/locales';

/** HTML files under `dir`, as site paths under `prefix` (`/en/districts/xuhui/`). */
function htmlPages(dir: string, root: string): Array<{ path: string; file: string }> {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) return htmlPages(file, root);
      if (!name.endsWith('.html')) return [];
      return [{ file, path: `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '') }];
    });
}

/** Writes the bundles of `codes` (replacing theirs only: other shards' bundles stay). Returns pages indexed per locale. */
export async function writeSearchIndexes(distDir: string, codes: readonly Locale[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  try {
    for (const code of codes) {
      const outputPath = join(distDir, 'pagefind', code);
      rmSync(outputPath, { recursive: true, force: true });
      const { index, errors } = await createIndex({ forceLanguage: locales[code].tag.toLowerCase() });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      let count = 0;
      for (const { path, file } of htmlPages(join(distDir, code), distDir)) {
        const content = readFileSync(file, 'utf8');
        if (!content.includes('data-pagefind-body')) continue;
        const added = await index.addHTMLFile({ url: path, content });
        if (added.errors.length) throw new Error(`Pagefind failed on ${path}: ${added.errors.join('; ')}`);
        count += 1;
      }
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`Pagefind could not write ${code}: ${written.errors.join('; ')}`);
      counts[code] = count;
    }
  } finally {
    await close();
  }
  return counts;
}
