/**
 * The translation status of every locale from the loaded collections: the same computation as
 * `npm run i18n:status`, which reads the files directly.
 */
import { defaultLocale, localeCodes, type Locale } from '../../i18n/locales';
import type { ContentIndex, IndexedEntry } from './contentIndex';
import { splitEntryId } from './entryId';
import { collectionNames } from './schemas';
import { countStates, translationStatus, type ReferenceEntry, type StatusRow, type TranslatedEntry } from './translationStatus';

export interface LocaleReport {
  locale: Locale;
  translated: number;
  outdated: number;
  missing: number;
  entries: StatusRow[];
}

export function translationReport(content: ContentIndex, hashOf: (entry: IndexedEntry) => string): LocaleReport[] {
  const references: ReferenceEntry[] = [];
  const translations: TranslatedEntry[] = [];
  for (const collection of collectionNames) {
    for (const entry of content.files(collection)) {
      const { locale, slug } = splitEntryId(entry.id);
      const { sourceHash } = entry.data as { sourceHash?: string };
      if (locale === defaultLocale) references.push({ collection, slug, hash: hashOf(entry) });
      else translations.push({ collection, slug, locale, sourceHash });
    }
  }
  return localeCodes
    .filter((locale) => locale !== defaultLocale)
    .map((locale) => {
      const rows = translationStatus(references, translations, locale);
      return { locale, ...countStates(rows), entries: rows.filter((r) => r.state !== 'translated') };
    });
}
