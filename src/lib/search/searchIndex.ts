/**
 * One Pagefind bundle per locale, at dist/pagefind/<locale>/. Separate bundles (rather than one
 * bundle with a language per index) let a page search its own locale first and merge the other
 * locales' bundles only when it finds nothing, which Pagefind's mergeIndex supports for distinct
 * bundles. Only pages that mark their content region are indexed: entries in their own language;
 * index pages, not-found pages and untranslated fallbacks carry no data-pagefind-body.
 */
import { close, createIndex } from 'pagefind';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { locales, type Locale } from '../../i18n/locales';
import { searchFilesPath } from '../offline/settings';

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
      writeFileSync(join(distDir, searchFilesPath(code)), `${JSON.stringify({ files: searchBundleFiles(distDir, code) })}\n`);
      counts[code] = count;
    }
  } finally {
    await close();
  }
  return counts;
}

/*
 * The files of a locale's search bundle that the search page needs (Pagefind's script, entry,
 * metadata, the WebAssembly its language uses, every index, filter and fragment chunk), and for a
 * Chinese locale the converter bitmap its queries are checked against: the list the offline-reading
 * worker fetches whole (src/client/serviceWorker/worker.ts), so any query works offline.
 * Pagefind's own UI files are not ours and are left out.
 */
interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/** Site paths, sorted, of what `dist/pagefind/<code>/` holds for searching. */
export function searchBundleFiles(distDir: string, code: Locale): string[] {
  const dir = join(distDir, 'pagefind', code);
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const own = ['pagefind.js', 'pagefind-entry.json'];
  for (const { hash, wasm } of Object.values(entry.languages)) {
    own.push(`pagefind.${hash}.pf_meta`);
    // A language Pagefind has no stemmer for uses the generic WebAssembly.
    own.push(`wasm.${wasm ?? 'unknown'}.pagefind`);
  }
  for (const sub of ['index', 'filter', 'fragment'])
    if (existsSync(join(dir, sub))) own.push(...readdirSync(join(dir, sub)).map((name) => `${sub}/${name}`));
  const missing = own.filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0) throw new Error(`dist/pagefind/${code}/: ${missing.join(', ')} not found (pagefind-entry.json names them)`);
  const files = own.map((file) => `/pagefind/${code}/${file}`);
  const { script } = locales[code];
  const bitmap = `/search-data/convertible-into-${script}.txt`;
  if (existsSync(join(distDir, bitmap))) files.push(bitmap);
  return files.sort();
}
