/**
 * Content collections: one per schema in src/lib/content/schemas.ts (what each collection is on the site
 * is in src/lib/collections/metadata.ts). Each reads src/content/<name>/<locale>/<slug>.mdx; entry ids
 * are `<locale>/<slug>`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { collectionNames, collectionSchemas, sourceRecordSchema, type CollectionName } from './lib/content/schemas';
import { registerPath } from './lib/content/sourceRegister';
import { entryId } from './lib/content/entryId';
import { buildLocales, contentPattern, loadedLocales } from './i18n/buildLocales';
import { defaultLocale } from './i18n/locales';
import { contentCatalogue } from './lib/content/catalogue';
import { prerenderedMdx } from './lib/markdown/renderOnceLoader';
import { rendersWithMdx } from './lib/markdown/renderMode';
import { shownEnglish } from './lib/content/translationCurrent';

// A locale shard (BUILD_LOCALES) loads its locales and English only; see loadedLocales().
const pattern = contentPattern();

// Builds render each MDX body once, at content sync (src/lib/prerender/); `astro dev`, and any
// build with CONTENT_RENDER=mdx (the reference in tests/site/prerender.test.ts), compile them
// with @astrojs/mdx.
const withMdx = rendersWithMdx();

// A locale shard renders the English bodies its pages show only: those standing in for a
// missing or outdated translation, decided from the frontmatter as the pages decide it.
const built = buildLocales();
const catalogue = withMdx || built.includes(defaultLocale) ? undefined : contentCatalogue(process.cwd());
const rendersIn = (name: CollectionName) => {
  if (!catalogue) return undefined;
  const shown = shownEnglish(catalogue[name], built);
  return (id: string) => !id.startsWith(`${defaultLocale}/`) || shown.has(id);
};

const loaderOf = (name: CollectionName) =>
  withMdx
    ? glob({ pattern, base: `./src/content/${name}`, generateId: ({ entry, data }) => entryId(entry, data) })
    : prerenderedMdx({ base: `src/content/${name}`, locales: loadedLocales(), renders: rendersIn(name) });

const collectionOf = <C extends CollectionName>(name: C) => defineCollection({ loader: loaderOf(name), schema: collectionSchemas[name] });

// Spelled out so Astro types each collection's entries by its own schema.
type Collections = { [C in CollectionName]: { loader: ReturnType<typeof loaderOf>; schema: (typeof collectionSchemas)[C] } };

export const collections = {
  ...(Object.fromEntries(collectionNames.map((name) => [name, collectionOf(name)])) as Collections),
  sources: defineCollection({ loader: file(registerPath), schema: sourceRecordSchema }),
};
