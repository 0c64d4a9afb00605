/**
 * A content loader that renders each `.mdx` entry to HTML once, at content sync, and stores it as
 * the entry's `rendered.html`: pages then render stored HTML (Astro's `render()` handles entries
 * with `rendered`), and Vite compiles no MDX module at all. An entry whose digest (its file, the
 * rendering code, its UI strings: renderDigest.ts) is unchanged since the last sync keeps its
 * stored HTML without being parsed or rendered again. The README says why ("Build speed").
 *
 * Frontmatter is read by @astrojs/mdx's own reader (its content entry type), so data is exactly
 * what the glob loader would give; ids follow the one slug rule (src/lib/content/entryId.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { entryId } from '../content/entryId';
import { contentLocaleOf } from '../content/contentLocale';
import { renderBody } from './renderBody';
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

/** The content entry types Astro passes every loader (its glob loader reads them); not in the public type. */
type SyncContext = LoaderContext & {
  entryTypes?: Map<
    string,
    { getEntryInfo: (file: { contents: string; fileUrl: URL }) => Promise<{ data: Record<string, unknown>; body: string }> }
  >;
};

export function prerenderedMdx(options: PrerenderOptions): Loader {
  return {
    name: 'prerendered-mdx',
    load: async ({ config, store, parseData, generateDigest, entryTypes, logger }: SyncContext) => {
      const mdx = entryTypes?.get('.mdx');
      if (!mdx) throw new Error('No .mdx content entry type: is @astrojs/mdx in astro.config.mjs?');
      const root = fileURLToPath(config.root);
      const folder = join(root, options.base);
      // Digested once: the code's text (npm's record of every installed package among it) is
      // about a megabyte, and hashing it again for each entry cost seconds at 5,000 entries.
      const code = generateDigest(renderCodeText(root));
      const untouched = new Set(store.keys());
      // What this sync did, for the build log: a rebuild after one edit should render one body.
      const counts = { rendered: 0, dataOnly: 0, kept: 0 };
      for (const entry of entryFiles(folder, options.locales)) {
        const path = join(folder, entry);
        const locale = contentLocaleOf(path);
        if (!locale) continue;
        const contents = await readFile(path, 'utf8');
        const { data, body } = await mdx.getEntryInfo({ contents, fileUrl: pathToFileURL(path) });
        const id = entryId(entry, data);
        untouched.delete(id);
        const rendering = options.renders?.(id) ?? true;
        const digest = generateDigest(`${contents}\0${code}\0${renderStrings(locale)}\0${rendering ? 'rendered' : 'data only'}`);
        if (store.get(id)?.digest === digest) {
          counts.kept += 1;
          continue;
        }
        // The body with its frontmatter blanked, not cut, so error messages give the file's own line numbers.
        const source = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' }).content;
        const rendered = rendering ? await renderBody(source, { path, frontmatter: data, locale }) : undefined;
        counts[rendered ? 'rendered' : 'dataOnly'] += 1;
        store.set({
          id,
          data: await parseData({ id, data, filePath: path }),
          body,
          filePath: relative(root, path).split('\\').join('/'),
          digest,
          ...(rendered ? { rendered: { html: rendered.html, metadata: { headings: rendered.headings, frontmatter: data } } } : {}),
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
