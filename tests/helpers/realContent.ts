/**
 * The real content as Astro would load it, without Astro: every file under src/content parsed
 * by its collection's schema into `{ id, collection, data }` records, and the content index over
 * them, so route data can be unit-tested on what the site really publishes.
 */
import { join } from 'node:path';
import { readContentFiles } from '../../src/lib/content/catalogue';
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
