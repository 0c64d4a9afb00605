/**
 * Whether a translation is current: it records the content hash its English entry has now. One
 * rule for the pages (src/lib/content/siteContent.ts) and for the content loader of a locale shard, which
 * decides at config time which English bodies its pages show (shownEnglish below).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentHash } from './contentHash';
import { localize } from './localize';
import { remember } from '../remember';
import { defaultLocale, type Locale } from '../../i18n/locales';

const hashes = new Map<string, string>();
/** Content hash of an entry's source file, read once per build. */
export function referenceHash(entry: { filePath?: string | undefined }): string {
  const path = entry.filePath ?? '';
  return remember(hashes, path, () => (path ? contentHash(readFileSync(resolve(path), 'utf8')) : ''));
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
