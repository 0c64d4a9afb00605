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
import type { CollectionName } from './schemas';

export type Entry<C extends CollectionName> = CollectionEntry<C>;

const hashes = new Map<string, string>();
/** Content hash of an entry's source file, read once per build. */
function hashOf(entry: { filePath?: string | undefined }): string {
  const path = entry.filePath ?? '';
  let hash = hashes.get(path);
  if (hash === undefined) {
    hash = path ? contentHash(readFileSync(resolve(path), 'utf8')) : '';
    hashes.set(path, hash);
  }
  return hash;
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

/** Every entry of a collection in `locale` (English where untranslated), in a stable order. */
export async function getLocalized<C extends CollectionName>(collection: C, locale: Locale): Promise<Localized<Entry<C>>[]> {
  const entries = (await getCollection(collection)) as Entry<C>[];
  const list = localize(entries, locale, isCurrent);
  return list.sort((a, b) => {
    const orderA = 'order' in a.entry.data ? Number(a.entry.data.order) : 0;
    const orderB = 'order' in b.entry.data ? Number(b.entry.data.order) : 0;
    return orderA - orderB || a.slug.localeCompare(b.slug);
  });
}

/** The entries of `slugs`, in that order, localised; unknown slugs are impossible (integrity check). */
export async function getMany<C extends CollectionName>(
  collection: C,
  slugs: readonly string[],
  locale: Locale,
): Promise<Localized<Entry<C>>[]> {
  const all = await getLocalized(collection, locale);
  return slugs.flatMap((slug) => all.filter((item) => item.slug === slug));
}

/** Locales with a real (non-fallback) version of an entry: the only ones hreflang may list. */
export async function translationsOf(collection: CollectionName, slug: string): Promise<Locale[]> {
  const have = availableLocales(await getCollection(collection), slug, isCurrent);
  return localeCodes.filter((code) => have.includes(code));
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
