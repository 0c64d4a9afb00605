/**
 * Content look-ups for pages: every entry in the reader's locale, falling back to English,
 * plus the helpers getStaticPaths needs. The pure logic is in localize.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentHash } from './contentHash';
import { localeCodes, type Locale } from '../i18n/locales';
import { localize, availableLocales, type Localized } from './localize';
import { splitEntryId } from './entryId';
import { remember } from './remember';
import { groupBy } from './groupBy';
import type { CollectionName } from './schemas';

export type Entry<C extends CollectionName> = CollectionEntry<C>;

const hashes = new Map<string, string>();
/** Content hash of an entry's source file, read once per build. */
function hashOf(entry: { filePath?: string | undefined }): string {
  const path = entry.filePath ?? '';
  return remember(hashes, path, () => (path ? contentHash(readFileSync(resolve(path), 'utf8')) : ''));
}

/** A translation is current when it records the hash its English entry has now. */
export function isCurrent(
  translation: { data: { sourceHash?: string | undefined } },
  reference: { filePath?: string | undefined },
): boolean {
  return translation.data.sourceHash === hashOf(reference);
}

/** The English entry's hash, for the translations page and stamps. */
export const referenceHash = hashOf;

// Every page of a build asks for the same few lists; compute each once per build, so the work
// grows with the number of entries, not with entries × pages.
const localizedCache = new Map<string, Promise<Localized<Entry<CollectionName>>[]>>();
const bySlugCache = new Map<string, Promise<Map<string, Localized<Entry<CollectionName>>>>>();
const alternatesCache = new Map<CollectionName, Promise<Map<string, Locale[]>>>();

/** Every entry of a collection in `locale` (English where untranslated), in a stable order. */
export function getLocalized<C extends CollectionName>(collection: C, locale: Locale): Promise<Localized<Entry<C>>[]> {
  const list = remember(
    localizedCache,
    `${collection}/${locale}`,
    () =>
      getCollection(collection).then((entries) =>
        localize(entries as Entry<C>[], locale, isCurrent).sort((a, b) => {
          const orderA = 'order' in a.entry.data ? Number(a.entry.data.order) : 0;
          const orderB = 'order' in b.entry.data ? Number(b.entry.data.order) : 0;
          return orderA - orderB || a.slug.localeCompare(b.slug);
        }),
      ) as Promise<Localized<Entry<CollectionName>>[]>,
  );
  return list as Promise<Localized<Entry<C>>[]>;
}

/** The entries of `slugs`, in that order, localised; unknown slugs are impossible (integrity check). */
export async function getMany<C extends CollectionName>(
  collection: C,
  slugs: readonly string[],
  locale: Locale,
): Promise<Localized<Entry<C>>[]> {
  const map = await remember(bySlugCache, `${collection}/${locale}`, () =>
    getLocalized(collection, locale).then((all) => new Map(all.map((item) => [item.slug, item as Localized<Entry<CollectionName>>]))),
  );
  return slugs.flatMap((slug) => {
    const item = map.get(slug);
    return item ? [item as Localized<Entry<C>>] : [];
  });
}

/** Locales with a real, current version of an entry: the only ones hreflang may list. */
export async function translationsOf(collection: CollectionName, slug: string): Promise<Locale[]> {
  const table = remember(alternatesCache, collection, () =>
    getCollection(collection).then(
      (entries) =>
        new Map(
          [...groupBy(entries, (entry) => splitEntryId(entry.id).slug)].map(([entrySlug, group]) => {
            const have = availableLocales(group, entrySlug, isCurrent);
            return [entrySlug, localeCodes.filter((code) => have.includes(code))];
          }),
        ),
    ),
  );
  return (await table).get(slug) ?? [];
}

export interface EntryPageProps<C extends CollectionName> {
  item: Localized<Entry<C>>;
  alternates: Locale[];
}

/** getStaticPaths for an entry page: one page per English entry per locale. */
export async function entryPaths<C extends CollectionName>(collection: C) {
  const paths = await Promise.all(
    localeCodes.map(async (lang) => {
      const list = await getLocalized(collection, lang);
      return Promise.all(
        list.map(async (item) => ({
          params: { lang, slug: item.slug },
          props: { item, alternates: await translationsOf(collection, item.slug) } satisfies EntryPageProps<C>,
        })),
      );
    }),
  );
  return paths.flat();
}

/** getStaticPaths for a page that exists once per locale. */
export function localePaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}

const reverseCache = new Map<string, Promise<Map<string, Localized<Entry<CollectionName>>[]>>>();

/**
 * Entries of `collection` whose `field` names `slug` (stories that name a district, sites of a
 * district), from an index built once per build rather than a scan per page.
 */
export async function referencing<C extends CollectionName>(
  collection: C,
  field: string,
  slug: string,
  locale: Locale,
): Promise<Localized<Entry<C>>[]> {
  const index = remember(reverseCache, `${collection}/${field}/${locale}`, () =>
    getLocalized(collection, locale).then((all) => {
      const links = all.flatMap((item) => {
        const value = (item.entry.data as Record<string, unknown>)[field];
        const targets = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
        return targets.map((target) => ({ target: String(target), item: item as Localized<Entry<CollectionName>> }));
      });
      return new Map([...groupBy(links, (link) => link.target)].map(([target, group]) => [target, group.map((link) => link.item)]));
    }),
  );
  return ((await index).get(slug) ?? []) as Localized<Entry<C>>[];
}
