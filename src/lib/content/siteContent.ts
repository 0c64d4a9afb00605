/**
 * The build's content index (src/lib/content/contentIndex.ts) over Astro's collections, loaded once per build.
 * The only module that reads `astro:content`; everything else asks the index.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { contentIndex, type ContentIndex } from './contentIndex';
import { isCurrent } from './translationCurrent';
import { remember } from '../remember';
import { viewContext } from '../routing/routeData';
import type { ViewContext } from '../routing/routeTypes';
import { isLocale } from '../../i18n/locales';
import { loadedLocales } from '../../i18n/buildLocales';
import { contentCatalogue } from './catalogue';
import { collectionNames, type CollectionName } from './schemas';
import type { SourceRecord } from './sourceRegister';
import { assertRendered } from '../markdown/renderMode';
import { renderedFigures, type RecordedFigure } from '../markdown/factCitations';

export type Entry = CollectionEntry<CollectionName>;
/** Each collection's entries, typed by its schema. */
export type Entries = { [C in CollectionName]: CollectionEntry<C> };

export { referenceHash } from './translationCurrent';

const loaded = new Map<'site', Promise<ContentIndex<Entries>>>();

export function siteContent(): Promise<ContentIndex<Entries>> {
  return remember(loaded, 'site', async () => {
    const lists = await Promise.all(collectionNames.map(async (name) => [name, await getCollection(name)] as const));
    const sources = new Map((await getCollection('sources')).map((record) => [record.id, record.data]));
    // Astro loads the built locales' entries; the catalogue knows every file, for hreflang and status.
    return contentIndex<Entries>(Object.fromEntries(lists) as { [C in CollectionName]: Entries[C][] }, {
      isCurrent,
      catalogue: contentCatalogue(process.cwd()),
      loaded: loadedLocales(),
      sources,
    });
  });
}

/** The view context of a page under `/{lang}/`: its locale (from the route), strings, content and URLs. */
export async function pageContext(lang: string | undefined, site: URL | undefined): Promise<ViewContext> {
  if (!lang || !isLocale(lang)) throw new Error(`"${lang}" is not a locale of src/i18n/locales.ts`);
  return viewContext(lang, await siteContent(), site ?? 'http://localhost/');
}

/** The figures an entry's body shows, as its render numbered and recorded them (render first, then data). */
export async function bodyFigures(entry: Entry): Promise<RecordedFigure[]> {
  assertRendered(entry);
  return renderedFigures(await render(entry), entry.id);
}

/** Every record of the source register, by id. */
export async function sourceRecords(): Promise<SourceRecord[]> {
  return (await getCollection('sources')).map((record) => record.data).sort((a, b) => a.id.localeCompare(b.id));
}
