/**
 * Reads every content file from disk for the integrity check: collection and locale from the
 * folders, slug from the name (or frontmatter `slug`), frontmatter parsed as YAML.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, extname, basename } from 'node:path';
import { slugOf } from './entryId';
import { isCollection as isYamlCollection, LineCounter, parse, parseDocument } from 'yaml';
import type { ContentFile } from '../checks/integrity';
import type { Catalogue, IndexedEntry } from './contentIndex';
import { collectionNames, type CollectionName } from './schemas';

const contentExtensions = new Set(['.md', '.mdx']);

export function parseFrontmatter(source: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (!match) return new Error('no frontmatter: the file must start with a --- block');
  try {
    return parse(match[1] ?? '') ?? {};
  } catch (error) {
    return new Error(`frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

/**
 * Where frontmatter values stand: the file's line of the value at a path (`['figures', 0, 'text']`),
 * parsed only when a message needs it.
 */
export function frontmatterLines(source: string): (path: ReadonlyArray<string | number>) => number | undefined {
  let find: ((path: ReadonlyArray<string | number>) => number | undefined) | undefined;
  return (path) => {
    find ??= (() => {
      const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
      const counter = new LineCounter();
      const doc = parseDocument(match?.[1] ?? '', { lineCounter: counter });
      return (at) => {
        const node = isYamlCollection(doc.contents) ? doc.getIn(at, true) : undefined;
        const range = node && typeof node === 'object' && 'range' in node ? (node.range as [number, number] | undefined) : undefined;
        // +1: the frontmatter starts on the line after the opening ---.
        return range && match ? counter.linePos(range[0]).line + 1 : undefined;
      };
    })();
    return find(path);
  };
}

/** The body of a content file, with the frontmatter blanked to empty lines so line numbers stay the file's. */
export function bodyOf(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(source);
  if (!match) return source;
  return '\n'.repeat(match[0].split('\n').length - 1) + source.slice(match[0].length);
}

function listFiles(dir: string): Array<{ path: string; mtimeMs: number; size: number }> {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.') || name.startsWith('_')) return [];
    const path = join(dir, name);
    const stat = statSync(path);
    return stat.isDirectory() ? listFiles(path) : [{ path, mtimeMs: stat.mtimeMs, size: stat.size }];
  });
}

interface ParsedFile {
  mtimeMs: number;
  size: number;
  text: string;
  data: unknown;
}

/**
 * Files read in this process, by path, until they change: a build needs every content file in
 * the integrity check, the sitemap's page list and (in a locale shard) the content config, whose
 * module copies Astro does not share with its config's, so the memo is the process's. At 25,000
 * entries each reading took six seconds.
 */
const parsedFiles = ((globalThis as Record<symbol, unknown>)[Symbol.for('gather-in-shanghai.contentFiles')] ??= new Map()) as Map<
  string,
  ParsedFile
>;

function parsedFile(path: string, mtimeMs: number, size: number): ParsedFile {
  const known = parsedFiles.get(path);
  if (known && known.mtimeMs === mtimeMs && known.size === size) return known;
  const text = readFileSync(path, 'utf8');
  const parsed = { mtimeMs, size, text, data: parseFrontmatter(text) };
  parsedFiles.set(path, parsed);
  return parsed;
}

/** All content files under `contentDir` (src/content), paths reported relative to `root`. */
export function readContentFiles(contentDir: string, root: string): ContentFile[] {
  return listFiles(contentDir)
    .filter(({ path }) => contentExtensions.has(extname(path)))
    .map(({ path, mtimeMs, size }) => {
      const parts = relative(contentDir, path).split(/[\\/]/);
      const collection = parts[0] ?? '';
      const locale = parts.length === 3 ? (parts[1] ?? '') : '';
      const { text, data } = parsedFile(path, mtimeMs, size);
      return {
        file: relative(root, path).split(/[\\/]/).join('/'),
        collection,
        locale,
        slug: slugOf(basename(path), data),
        data,
        body: bodyOf(text),
        lineOf: frontmatterLines(text),
      };
    });
}

/**
 * Every content file under `<root>/src/content` as the content index's catalogue:
 * `{ id: '<locale>/<slug>', data, filePath }` per collection, frontmatter unvalidated (the
 * integrity check validates it). What the site knows of locales a shard does not load.
 */
export function contentCatalogue(root: string): Catalogue {
  const catalogue = Object.fromEntries(collectionNames.map((name) => [name, [] as IndexedEntry[]])) as Record<
    CollectionName,
    IndexedEntry[]
  >;
  for (const file of readContentFiles(join(root, 'src', 'content'), root)) {
    const list = catalogue[file.collection as CollectionName];
    const data = file.data instanceof Error || typeof file.data !== 'object' || file.data === null ? {} : file.data;
    if (list && file.locale) list.push({ id: `${file.locale}/${file.slug}`, data, filePath: file.file });
  }
  return catalogue;
}
