/**
 * The content of a build as one index, built once from every collection's entries: each entry in
 * the reader's locale (English where the translation is missing or outdated), look-ups by slug,
 * reverse references and hreflang alternates. Pure: the caller loads the entries and decides
 * whether a translation is current, so the index is unit-tested without Astro.
 */
import { defaultLocale, localeCodes, type Locale } from '../../i18n/locales';
import { availableLocales, localize, type Localized } from './localize';
import { splitEntryId } from './entryId';
import { remember } from '../remember';
import { groupBy } from '../groupBy';
import type { CollectionName } from './schemas';
import type { Catalogue, IndexedEntry } from './catalogue';
import { localizeSource, type LocalizedSource, type SourceRecord } from './sourceRegister';

// The catalogue's shapes (catalogue.ts): what the index needs of an entry, and every file of every collection.
export type { Catalogue, IndexedEntry };

/** A translation and the English entry it was made from: is the translation still current? */
export type IsCurrent = (translation: IndexedEntry, reference: IndexedEntry) => boolean;

export interface IndexOptions {
  /** Whether a translation is current; default: every translation is. */
  isCurrent?: IsCurrent;
  /**
   * Every file in every locale, for what a page says about other locales (hreflang, translation
   * status) when only some locales' entries are loaded (a locale shard). Default: the entries.
   */
  catalogue?: Catalogue;
  /** The locales whose entries are loaded (English always is); asking for another throws. Default: all. */
  loaded?: readonly Locale[];
  /** The source register (src/content/sources.yaml) by id, which entries' `sources` name. Default: none. */
  sources?: ReadonlyMap<string, SourceRecord>;
}

/** The entry type of each collection (Astro's CollectionEntry<C> in the build). */
export type EntryMap = { [C in CollectionName]: IndexedEntry };

export interface ContentIndex<M extends EntryMap = EntryMap> {
  /** Every file of a collection in every locale, loaded or not (the catalogue). */
  files(collection: CollectionName): readonly IndexedEntry[];
  /** Every entry of a collection in `locale` (English where untranslated), in a stable order. */
  list<C extends CollectionName>(collection: C, locale: Locale): Localized<M[C]>[];
  /** The entries of `slugs`, in that order; unknown slugs are left out (the integrity check reports them). */
  many<C extends CollectionName>(collection: C, slugs: readonly string[], locale: Locale): Localized<M[C]>[];
  /** One entry, or undefined. */
  get<C extends CollectionName>(collection: C, slug: string, locale: Locale): Localized<M[C]> | undefined;
  /** Entries of `collection` whose `field` names `slug` (sites of a district, stories naming an incentive). */
  referencing<C extends CollectionName>(collection: C, field: string, slug: string, locale: Locale): Localized<M[C]>[];
  /** Locales with a real, current version of an entry: the only ones hreflang may list. */
  alternates(collection: CollectionName, slug: string): Locale[];
  /** A record of the source register in `locale`; throws on an id the register lacks (the integrity check names the file first). */
  source(id: string, locale: Locale): LocalizedSource;
}

/** Lists sort by `order` when a collection has one, then by slug. */
function orderOf(entry: IndexedEntry): number {
  const order = (entry.data as { order?: unknown }).order;
  return typeof order === 'number' ? order : 0;
}

function targetsOf(entry: IndexedEntry, field: string): string[] {
  const value = (entry.data as Record<string, unknown>)[field];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

/**
 * Indexes the entries of every collection. Every list and look-up table is computed on first use
 * and kept, so a build's work grows with the number of entries, not with entries × pages.
 */
export function contentIndex<M extends EntryMap>(
  entries: Readonly<{ [C in CollectionName]: readonly M[C][] }>,
  options: IndexOptions = {},
): ContentIndex<M> {
  type E = M[CollectionName];
  const { isCurrent = () => true, catalogue = entries, loaded = localeCodes, sources = new Map() } = options;
  const lists = new Map<string, Localized<E>[]>();
  const bySlug = new Map<string, Map<string, Localized<E>>>();
  const reverse = new Map<string, Map<string, Localized<E>[]>>();
  const alternates = new Map<CollectionName, Map<string, Locale[]>>();

  const list = (collection: CollectionName, locale: Locale): Localized<E>[] =>
    remember(lists, `${collection}/${locale}`, () => {
      // Without its entries a locale would silently read as all-English fallbacks.
      if (locale !== defaultLocale && !loaded.includes(locale))
        throw new Error(`content index: locale "${locale}" is not loaded in this build (loaded: ${loaded.join(', ')})`);
      return localize<E>(entries[collection], locale, isCurrent).sort(
        (a, b) => orderOf(a.entry) - orderOf(b.entry) || a.slug.localeCompare(b.slug),
      );
    });
  const table = (collection: CollectionName, locale: Locale) =>
    remember(bySlug, `${collection}/${locale}`, () => new Map(list(collection, locale).map((item) => [item.slug, item])));

  // The per-collection types are the caller's promise (M); the tables hold every collection alike.
  const index: ContentIndex<EntryMap> = {
    files: (collection) => catalogue[collection],
    list,
    get: (collection, slug, locale) => table(collection, locale).get(slug),
    many: (collection, slugs, locale) =>
      slugs.flatMap((slug) => {
        const item = table(collection, locale).get(slug);
        return item ? [item] : [];
      }),
    referencing(collection, field, slug, locale) {
      const byTarget = remember(reverse, `${collection}/${field}/${locale}`, () => {
        const links = list(collection, locale).flatMap((item) => targetsOf(item.entry, field).map((target) => ({ target, item })));
        return new Map([...groupBy(links, (link) => link.target)].map(([target, group]) => [target, group.map((link) => link.item)]));
      });
      return byTarget.get(slug) ?? [];
    },
    alternates(collection, slug) {
      const bySlugTable = remember(alternates, collection, () => {
        const groups = groupBy(catalogue[collection], (entry) => splitEntryId(entry.id).slug);
        return new Map(
          [...groups].map(([entrySlug, group]) => {
            const have = availableLocales(group, entrySlug, isCurrent);
            return [entrySlug, localeCodes.filter((code) => have.includes(code))];
          }),
        );
      });
      return bySlugTable.get(slug) ?? [];
    },
    source(id, locale) {
      const record = sources.get(id);
      if (!record) throw new Error(`source "${id}" is not in the source register (src/content/sources.yaml)`);
      return localizeSource(record, locale);
    },
  };
  return index as unknown as ContentIndex<M>;
}
