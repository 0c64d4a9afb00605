/**
 * Localised look-up with fallback: for each English entry, the reader's translation when it
 * exists, else the English entry marked as a fallback. Pure: works on any `{ id }` records.
 */
import { defaultLocale, type Locale } from '../i18n/locales';
import { splitEntryId } from './entryId';

export interface Localized<T> {
  entry: T;
  slug: string;
  /** True when no translation exists and the English entry stands in. */
  isFallback: boolean;
}

export function localize<T extends { id: string }>(entries: readonly T[], locale: Locale): Localized<T>[] {
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
    result.push(translation ? { entry: translation, slug, isFallback: false } : { entry: reference, slug, isFallback: true });
  }
  return result;
}

/** Locales in which a slug has a real translation (or is the reference), for hreflang. */
export function availableLocales(entries: readonly { id: string }[], slug: string): string[] {
  return entries
    .map((e) => splitEntryId(e.id))
    .filter((p) => p.slug === slug)
    .map((p) => p.locale);
}
