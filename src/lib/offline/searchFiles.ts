/**
 * The files of a locale's search bundle that the search page needs (Pagefind's script, entry,
 * metadata, the WebAssembly its language uses, every index, filter and fragment chunk), and for a
 * Chinese locale the converter bitmap its queries are checked against: the list the service worker
 * fetches whole, so any query works offline. Pagefind's own UI files are not ours and are left out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales, type Locale } from '../../i18n/locales';

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
