/**
 * The real content as Astro would load it, without Astro: every file under src/content parsed
 * by its collection's schema into `{ id, collection, data }` records, and the content index over
 * them, so route data can be unit-tested on what the site really publishes.
 */
import { join, resolve } from 'node:path';
import { readContentFiles } from '../../src/lib/content/catalogue';
import { contentLocaleOf } from '../../src/lib/content/entryId';
import { renderBody } from '../../src/lib/markdown/renderBody';
import type { RenderedEntry } from '../../src/lib/markdown/factCitations';
import { entryRouteData, shownEntry, type EntryRouteData } from '../../src/lib/routing/routeData';
import type { ViewContext } from '../../src/lib/routing/routeTypes';
import { defaultLocale } from '../../src/i18n/locales';
import { readRegister } from '../../src/lib/content/sourceRegister';
import { contentIndex, type ContentIndex } from '../../src/lib/content/contentIndex';
import { collectionNames, collectionSchemas, type CollectionName } from '../../src/lib/content/schemas';
import type { Entries } from '../../src/lib/routing/routeTypes';

const root = join(import.meta.dirname, '..', '..');

/** Entries by collection from a content folder (the real one unless told), as Astro shapes them. */
export function loadEntries(contentDir = join(root, 'src', 'content')): { [C in CollectionName]: Entries[C][] } {
  const files = readContentFiles(contentDir, root);
  const byCollection = Object.fromEntries(collectionNames.map((name) => [name, [] as unknown[]])) as Record<CollectionName, unknown[]>;
  for (const file of files) {
    const name = file.collection as CollectionName;
    const data = collectionSchemas[name].parse(file.data);
    byCollection[name].push({ id: `${file.locale}/${file.slug}`, collection: name, data, body: file.body, filePath: file.file });
  }
  return byCollection as { [C in CollectionName]: Entries[C][] };
}

/** The content index over the real content; every translation counts as current unless told. */
export function realContent(): ContentIndex<Entries> {
  return contentIndex<Entries>(loadEntries(), { sources: readRegister(root).records });
}

/** Each entry's body rendered by the build's renderer, by id: what `render()` gives its page. */
export async function renderEntries(entries: ReturnType<typeof loadEntries>): Promise<Map<string, RenderedEntry>> {
  const rendered = new Map<string, RenderedEntry>();
  for (const entry of Object.values(entries).flat()) {
    const { id, body, filePath, data } = entry as { id: string; body?: string; filePath?: string; data: Record<string, unknown> };
    const path = resolve(root, filePath ?? '');
    const result = await renderBody(body ?? '', { path, frontmatter: data, locale: contentLocaleOf(path) ?? defaultLocale });
    rendered.set(id, { remarkPluginFrontmatter: result.frontmatter });
  }
  return rendered;
}

let realRendered: Promise<ReadonlyMap<string, RenderedEntry>> | undefined;

/** The real content's bodies rendered once per worker: test files share their worker's modules. */
export function renderedRealContent(): Promise<ReadonlyMap<string, RenderedEntry>> {
  realRendered ??= renderEntries(loadEntries());
  return realRendered;
}

/** Route data of entry pages as the page builds it: the shown entry's render first, from `rendered`. */
export function entryPages(rendered: ReadonlyMap<string, RenderedEntry>) {
  return (ctx: ViewContext, collection: Parameters<typeof entryRouteData>[1], slug: string): EntryRouteData => {
    const { id } = shownEntry(ctx, collection, slug).entry;
    const render = rendered.get(id);
    if (!render) throw new Error(`${id} was not rendered`);
    return entryRouteData(ctx, collection, slug, render);
  };
}

/** The content index over the real content changed by `edit`: a fixture for a case the content may lack today. */
export function editedContent(
  edit: (entries: { [C in CollectionName]: Entries[C][] }) => { [C in CollectionName]: Entries[C][] },
): ContentIndex<Entries> {
  return contentIndex<Entries>(edit(loadEntries()), { sources: readRegister(root).records });
}

/**
 * The real content with two Thai fallbacks made on purpose, so fallback behaviour is tested
 * whatever the content holds today: the first English story loses its Thai translation
 * (`missing`) and the second one's Thai translation counts as outdated (`outdated`).
 */
export function contentWithThaiFallbacks(): { content: ContentIndex<Entries>; missing: string; outdated: string } {
  const entries = loadEntries();
  const english = entries.stories.filter((e) => e.id.startsWith('en/')).map((e) => e.id.slice('en/'.length));
  const [missing, outdated] = english;
  if (!missing || !outdated) throw new Error('contentWithThaiFallbacks needs two English stories in src/content/stories/en/');
  const stories = entries.stories.filter((e) => e.id !== `th/${missing}`);
  const content = contentIndex<Entries>(
    { ...entries, stories },
    { sources: readRegister(root).records, isCurrent: (translation) => translation.id !== `th/${outdated}` },
  );
  return { content, missing, outdated };
}
