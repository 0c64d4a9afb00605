/**
 * Localised look-up with fallback: for each English entry, the reader's translation when it
 * exists and is current, else the English entry marked as a fallback (with the reason). Pure:
 * works on any `{ id }` records; whether a translation is current is decided by the caller.
 */
import { defaultLocale, type Locale } from '../../i18n/locales';
import { splitEntryId } from './entryId';

export interface Localized<T> {
  entry: T;
  slug: string;
  /** True when the English entry stands in: no translation, or an outdated one. */
  isFallback: boolean;
  fallbackReason?: 'missing' | 'outdated';
}

export function localize<T extends { id: string }>(
  entries: readonly T[],
  locale: Locale,
  isCurrent: (translation: T, reference: T) => boolean = () => true,
): Localized<T>[] {
  const bySlug = new Map<string, { reference?: T; translation?: T }>();
  for (const entry of entries) {
    const { locale: folder, slug } = splitEntryId(entry.id);
    const slot = bySlug.get(slug) ?? {};
    if (folder === defaultLocale) slot.reference = entry;
    if (folder === locale) slot.translation = entry;
    bySlug.set(slug, slot);
  }
  const result: Localized<T>[] = [];
  for (const [slug, { reference, translation }] of bySlug) {
    // The English entry defines which pages exist; a translation alone makes no page.
    if (!reference) continue;
    if (locale === defaultLocale || (translation && isCurrent(translation, reference)))
      result.push({ entry: translation ?? reference, slug, isFallback: false });
    else result.push({ entry: reference, slug, isFallback: true, fallbackReason: translation ? 'outdated' : 'missing' });
  }
  return result;
}

/** Locales in which a slug has a current translation (or is the reference), for hreflang. */
export function availableLocales<T extends { id: string }>(
  entries: readonly T[],
  slug: string,
  isCurrent: (translation: T, reference: T) => boolean = () => true,
): string[] {
  const reference = entries.find((e) => splitEntryId(e.id).slug === slug && splitEntryId(e.id).locale === defaultLocale);
  return entries
    .filter((e) => splitEntryId(e.id).slug === slug)
    .filter((e) => splitEntryId(e.id).locale === defaultLocale || (reference !== undefined && isCurrent(e, reference)))
    .map((e) => splitEntryId(e.id).locale);
}
