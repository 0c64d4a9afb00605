/**
 * Content collections: one per schema in src/lib/schemas.ts (what each collection is on the site
 * is in src/lib/collections.ts). Each reads src/content/<name>/<locale>/<slug>.mdx; entry ids
 * are `<locale>/<slug>`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { collectionNames, collectionSchemas, sourceRecordSchema, type CollectionName } from './lib/schemas';
import { registerPath } from './lib/sourceRegister';
import { entryId } from './lib/entryId';
import { contentPattern } from './i18n/buildLocales';

// A locale shard (BUILD_LOCALES) loads its locales and English only; see loadedLocales().
const pattern = contentPattern();

const collectionOf = <C extends CollectionName>(name: C) =>
  defineCollection({
    loader: glob({ pattern, base: `./src/content/${name}`, generateId: ({ entry, data }) => entryId(entry, data) }),
    schema: collectionSchemas[name],
  });

// Spelled out so Astro types each collection's entries by its own schema.
type Collections = { [C in CollectionName]: { loader: ReturnType<typeof glob>; schema: (typeof collectionSchemas)[C] } };

export const collections = {
  ...(Object.fromEntries(collectionNames.map((name) => [name, collectionOf(name)])) as Collections),
  sources: defineCollection({ loader: file(registerPath), schema: sourceRecordSchema }),
};
