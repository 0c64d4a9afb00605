/**
 * A content loader that renders each `.mdx` entry to HTML once, at content sync, and stores it as
 * the entry's `rendered.html`: pages then render stored HTML (Astro's `render()` handles entries
 * with `rendered`), and Vite compiles no MDX module at all. An entry whose digest (its file, the
 * rendering code, its UI strings: renderDigest.ts) is unchanged since the last sync keeps its
 * stored HTML without being parsed or rendered again. docs/benchmarks.md says why ("What keeps a build fast").
 *
 * Files come from the content catalogue (src/lib/content/catalogue.ts), which the integrity check
 * has already filled: each is read and its frontmatter parsed once per process, not again here.
 * Ids follow the one slug rule (src/lib/content/entryId.ts). The body's Fact citations, numbered
 * while rendering, are kept in `rendered.metadata.frontmatter`, which `render()` returns as
 * `remarkPluginFrontmatter` (src/lib/markdown/factCitations.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { contentFile } from '../content/catalogue';
import { entryId } from '../content/entryId';
import { contentLocaleOf } from '../content/entryId';
import { renderBody } from './renderBody';
import { asOfDigestInput } from './factAsOf';
import { renderCodeText, renderStrings } from './renderDigest';
import type { Locale } from '../../i18n/locales';

export interface PrerenderOptions {
  /** The collection folder, from the project root (`src/content/districts`). */
  base: string;
  /** The locale folders to load (a locale shard loads its own and English). */
  locales: readonly Locale[];
  /** Which entries (ids) to render; all unless told. The others are stored with their data only. */
  renders?: (id: string) => boolean;
}

/** `<locale>/<file>.mdx` paths inside the collection folder, for the loaded locales. */
function entryFiles(folder: string, locales: readonly Locale[]): string[] {
  return locales.flatMap((locale) => {
    const dir = join(folder, locale);
    if (!existsSync(dir)) return [];
    const names = readdirSync(dir).sort();
    const plain = names.find((name) => name.endsWith('.md'));
    if (plain) throw new Error(`${join(dir, plain)}: content entries are .mdx files`);
    return names.filter((name) => name.endsWith('.mdx')).map((name) => `${locale}/${name}`);
  });
}

export function prerenderedMdx(options: PrerenderOptions): Loader {
  return {
    name: 'prerendered-mdx',
    load: async ({ config, store, parseData, generateDigest, logger }) => {
      const root = fileURLToPath(config.root);
      const folder = join(root, options.base);
      // Digested once: the code's text (npm's record of every installed package among it) is
      // about a megabyte, and hashing it again for each entry cost seconds at 5,000 entries.
      // The "as of" labels depend on the build day and the register's dates too (factAsOf.ts).
      const code = generateDigest(`${renderCodeText(root)}\0${asOfDigestInput(root)}`);
      const untouched = new Set(store.keys());
      // What this sync did, for the build log: a rebuild after one edit should render one body.
      const counts = { rendered: 0, dataOnly: 0, kept: 0 };
      for (const entry of entryFiles(folder, options.locales)) {
        const path = join(folder, entry);
        const locale = contentLocaleOf(path);
        if (!locale) continue;
        const file = contentFile(path, dirname(folder), root);
        // The integrity check has reported it already; a file changed since then fails here.
        if (!file.parts) throw new Error(`${file.file}: ${(file.data as Error).message}`);
        const { data } = file.parts;
        const id = entryId(entry, data);
        untouched.delete(id);
        const rendering = options.renders?.(id) ?? true;
        const digest = generateDigest(`${file.text}\0${code}\0${renderStrings(locale)}\0${rendering ? 'rendered' : 'data only'}`);
        if (store.get(id)?.digest === digest) {
          counts.kept += 1;
          continue;
        }
        // The body with its frontmatter blanked, not cut, so error messages give the file's own line numbers.
        const rendered = rendering ? await renderBody(file.body, { path, frontmatter: data, locale }) : undefined;
        counts[rendered ? 'rendered' : 'dataOnly'] += 1;
        store.set({
          id,
          data: await parseData({ id, data, filePath: path }),
          body: file.parts.body.trim(),
          filePath: file.file,
          digest,
          ...(rendered
            ? { rendered: { html: rendered.html, metadata: { headings: rendered.headings, frontmatter: rendered.frontmatter } } }
            : {}),
        });
      }
      // Files deleted (or, in a locale shard, not loaded) since the last sync.
      for (const id of untouched) store.delete(id);
      const dataOnly = counts.dataOnly ? `, ${counts.dataOnly} read without their body (not shown by this shard)` : '';
      logger.info(
        `${options.base}: ${counts.rendered} ${counts.rendered === 1 ? 'body' : 'bodies'} rendered, ${counts.kept} unchanged${dataOnly}`,
      );
    },
  };
}
