/**
 * Whether a translation is current: it records the content hash its English entry has now. One
 * rule for the pages (src/lib/content/siteContent.ts) and for the content loader of a locale shard, which
 * decides at config time which English bodies its pages show (shownEnglish below).
 */
import { contentHashOf } from './catalogue';
import { localize } from './localize';
import { defaultLocale, type Locale } from '../../i18n/locales';

/** Content hash of an entry's source file, from the catalogue (read and hashed once per process). */
export function referenceHash(entry: { filePath?: string | undefined }): string {
  return entry.filePath ? contentHashOf(entry.filePath) : '';
}

interface Recorded {
  id: string;
  data: unknown;
  filePath?: string | undefined;
}

/** A translation is current when it records the hash its English entry has now. */
export function isCurrent(translation: Recorded, reference: Recorded): boolean {
  return (translation.data as { sourceHash?: string } | null)?.sourceHash === referenceHash(reference);
}

/**
 * The English entries (ids) whose bodies the pages of `built` show: all of them when English is
 * built, else those standing in for a missing or outdated translation in a built locale.
 */
export function shownEnglish(entries: readonly Recorded[], built: readonly Locale[]): Set<string> {
  const english = entries.filter((e) => e.id.startsWith(`${defaultLocale}/`));
  if (built.includes(defaultLocale)) return new Set(english.map((e) => e.id));
  return new Set(
    built.flatMap((locale) =>
      localize(entries, locale, isCurrent)
        .filter((item) => item.isFallback)
        .map((item) => item.entry.id),
    ),
  );
}
