/**
 * Reads every content file from disk for the integrity check: collection and locale from the
 * folders, slug from the name (or frontmatter `slug`), frontmatter parsed as YAML.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, extname, basename } from 'node:path';
import { slugOf } from './entryId';
import { isCollection as isYamlCollection, LineCounter, parse, parseDocument } from 'yaml';
import type { ContentFile } from './integrity';
import type { Catalogue, IndexedEntry } from './content';
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

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.') || name.startsWith('_')) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** All content files under `contentDir` (src/content), paths reported relative to `root`. */
export function readContentFiles(contentDir: string, root: string): ContentFile[] {
  return listFiles(contentDir)
    .filter((path) => contentExtensions.has(extname(path)))
    .map((path) => {
      const parts = relative(contentDir, path).split(/[\\/]/);
      const collection = parts[0] ?? '';
      const locale = parts.length === 3 ? (parts[1] ?? '') : '';
      const text = readFileSync(path, 'utf8');
      const data = parseFrontmatter(text);
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
