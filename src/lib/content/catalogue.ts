/**
 * The content catalogue: every content file read, split (frontmatter.ts) and, when asked, hashed
 * once per process, and shared by everything that needs the files: the integrity check, the
 * render-once loader, the sitemap's page list and translation status. A file is read again only
 * when it changes (its modification time or size), so `astro dev` sees edits.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { isCollection as isYamlCollection, LineCounter, parseDocument } from 'yaml';
import { slugOf } from './entryId';
import { blankedBody, parseContentFile, splitFrontmatter, type ContentFileParts } from './frontmatter';
import { hashOfParts } from './contentHash';
import { collectionNames, type CollectionName } from './schemas';

const contentExtensions = new Set(['.md', '.mdx']);

export interface ContentFile {
  /** Path shown in messages, e.g. `src/content/stories/en/ding-yi.mdx`. */
  file: string;
  /** Collection folder name. */
  collection: string;
  /** Locale folder name ('' when the file is not inside one). */
  locale: string;
  /** Slug: frontmatter `slug`, else the file name without extension. */
  slug: string;
  /** Parsed frontmatter, or an Error when it could not be parsed. */
  data: unknown;
  /** The MDX body, frontmatter blanked to empty lines (so its line numbers are the file's); absent = not checked. */
  body?: string | undefined;
  /** Line in the file of a frontmatter value by its path (`['figures', 0, 'text']`), for messages. */
  lineOf?: ((path: ReadonlyArray<string | number>) => number | undefined) | undefined;
}

/** What the index needs of an entry: Astro's CollectionEntry has all of it. */
export interface IndexedEntry {
  id: string;
  data: object;
  filePath?: string | undefined;
}

/** Every content file of every collection, in every locale (frontmatter is enough). */
export type Catalogue = { readonly [C in CollectionName]: readonly IndexedEntry[] };

/** A content file as the catalogue holds it. */
export interface CatalogueFile extends ContentFile {
  /** Absolute path. */
  path: string;
  /** The whole file, as read. */
  text: string;
  /** The body, frontmatter blanked to empty lines (line numbers are the file's). */
  body: string;
  /** Frontmatter and body as written, or undefined when the frontmatter is unreadable (`data` says why). */
  parts: ContentFileParts | undefined;
  /** The content hash translations record (contentHash.ts), computed on first use. */
  readonly hash: string;
}

/** What one read of a file gives; kept until the file changes. */
interface ReadFile {
  mtimeMs: number;
  size: number;
  text: string;
  parts: ContentFileParts | Error;
  body: string;
  hash?: string;
}

/**
 * The files read in this process, by absolute path. On `globalThis` because Astro loads the
 * config (integrity check, sitemap list), the content config (the loader) and the built pages as
 * separate copies of this module in one process; a module's own map would read every file once
 * per copy.
 */
const readFiles = ((globalThis as Record<symbol, unknown>)[Symbol.for('gather-in-shanghai.catalogue')] ??= new Map()) as Map<
  string,
  ReadFile
>;

function readOnce(path: string): ReadFile {
  const { mtimeMs, size } = statSync(path);
  const known = readFiles.get(path);
  if (known && known.mtimeMs === mtimeMs && known.size === size) return known;
  const text = readFileSync(path, 'utf8');
  const split = splitFrontmatter(text);
  let parts: ContentFileParts | Error;
  try {
    parts = parseContentFile(text);
  } catch (error) {
    parts = error as Error;
  }
  const read: ReadFile = { mtimeMs, size, text, parts, body: split ? blankedBody(split) : text };
  readFiles.set(path, read);
  return read;
}

function hashOf(read: ReadFile): string {
  return (read.hash ??= hashOfParts(read.parts instanceof Error ? undefined : read.parts, read.text));
}

/**
 * Where frontmatter values stand: the file's line of the value at a path (`['figures', 0, 'text']`),
 * parsed only when a message needs it.
 */
export function frontmatterLines(source: string): (path: ReadonlyArray<string | number>) => number | undefined {
  let find: ((path: ReadonlyArray<string | number>) => number | undefined) | undefined;
  return (path) => {
    find ??= (() => {
      const split = splitFrontmatter(source);
      const counter = new LineCounter();
      const doc = parseDocument(split?.yaml ?? '', { lineCounter: counter });
      return (at) => {
        const node = isYamlCollection(doc.contents) ? doc.getIn(at, true) : undefined;
        const range = node && typeof node === 'object' && 'range' in node ? (node.range as [number, number] | undefined) : undefined;
        // +1: the frontmatter starts on the line after the opening ---.
        return range && split ? counter.linePos(range[0]).line + 1 : undefined;
      };
    })();
    return find(path);
  };
}

/** Parsed frontmatter of a file's text, or an Error saying why it has none. */
export function parseFrontmatter(source: string): unknown {
  try {
    return parseContentFile(source).data;
  } catch (error) {
    return error as Error;
  }
}

/** The body of a content file, with the frontmatter blanked to empty lines so line numbers stay the file's. */
export function bodyOf(source: string): string {
  const split = splitFrontmatter(source);
  return split ? blankedBody(split) : source;
}

/**
 * One content file from the catalogue: collection and locale from its folders under `contentDir`,
 * slug from the name (or frontmatter `slug`), paths in messages relative to `root`.
 */
export function contentFile(path: string, contentDir: string, root: string): CatalogueFile {
  const read = readOnce(path);
  const parts = relative(contentDir, path).split(/[\\/]/);
  const data = read.parts instanceof Error ? read.parts : read.parts.data;
  return {
    path,
    file: relative(root, path).split(/[\\/]/).join('/'),
    collection: parts[0] ?? '',
    locale: parts.length === 3 ? (parts[1] ?? '') : '',
    slug: slugOf(basename(path), data),
    data,
    text: read.text,
    body: read.body,
    parts: read.parts instanceof Error ? undefined : read.parts,
    lineOf: frontmatterLines(read.text),
    get hash() {
      return hashOf(read);
    },
  };
}

/** The content hash of a file by its path (relative to the working directory, as entries' `filePath`). */
export function contentHashOf(path: string): string {
  return hashOf(readOnce(resolve(path)));
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((item) => !item.name.startsWith('.') && !item.name.startsWith('_'))
    .flatMap((item) => (item.isDirectory() ? listFiles(join(dir, item.name)) : [join(dir, item.name)]));
}

/** All content files under `contentDir` (src/content), paths reported relative to `root`. */
export function readContentFiles(contentDir: string, root: string): CatalogueFile[] {
  return listFiles(contentDir)
    .filter((path) => contentExtensions.has(extname(path)))
    .map((path) => contentFile(path, contentDir, root));
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
