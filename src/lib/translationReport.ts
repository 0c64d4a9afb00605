/**
 * The translation status of every locale from the loaded collections: the same computation as
 * `npm run i18n:status`, which reads the files directly.
 */
import { getCollection } from 'astro:content';
import { defaultLocale, localeCodes, type Locale } from '../i18n/locales';
import { splitEntryId } from './entryId';
import { referenceHash } from './content';
import { collectionNames } from './schemas';
import { countStates, translationStatus, type ReferenceEntry, type StatusRow, type TranslatedEntry } from './translationStatus';

export interface LocaleReport {
  locale: Locale;
  translated: number;
  outdated: number;
  missing: number;
  entries: StatusRow[];
}

export async function translationReport(): Promise<LocaleReport[]> {
  const references: ReferenceEntry[] = [];
  const translations: TranslatedEntry[] = [];
  for (const collection of collectionNames) {
    for (const entry of await getCollection(collection)) {
      const { locale, slug } = splitEntryId(entry.id);
      if (locale === defaultLocale) references.push({ collection, slug, hash: referenceHash(entry) });
      else translations.push({ collection, slug, locale, sourceHash: entry.data.sourceHash });
    }
  }
  return localeCodes
    .filter((locale) => locale !== defaultLocale)
    .map((locale) => {
      const rows = translationStatus(references, translations, locale);
      return { locale, ...countStates(rows), entries: rows.filter((r) => r.state !== 'translated') };
    });
}
