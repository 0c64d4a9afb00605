/**
 * Translation status, computed the same way for `npm run i18n:status`, the translations page
 * and the pages themselves: per locale, each English entry is translated (its recorded source
 * hash matches the English entry now), outdated (it does not), or missing.
 */
export type TranslationState = 'translated' | 'outdated' | 'missing';

export interface ReferenceEntry {
  collection: string;
  slug: string;
  hash: string;
}

export interface TranslatedEntry {
  collection: string;
  slug: string;
  locale: string;
  sourceHash?: string | undefined;
}

export interface StatusRow {
  collection: string;
  slug: string;
  state: TranslationState;
}

function stateOf(translation: TranslatedEntry | undefined, reference: ReferenceEntry): TranslationState {
  if (!translation) return 'missing';
  return translation.sourceHash === reference.hash ? 'translated' : 'outdated';
}

export function translationStatus(
  references: readonly ReferenceEntry[],
  translations: readonly TranslatedEntry[],
  locale: string,
): StatusRow[] {
  const byKey = new Map(translations.filter((t) => t.locale === locale).map((t) => [`${t.collection}/${t.slug}`, t]));
  return references.map((ref) => ({
    collection: ref.collection,
    slug: ref.slug,
    state: stateOf(byKey.get(`${ref.collection}/${ref.slug}`), ref),
  }));
}

export function countStates(rows: readonly StatusRow[]): Record<TranslationState, number> {
  const counts: Record<TranslationState, number> = { translated: 0, outdated: 0, missing: 0 };
  for (const row of rows) counts[row.state] += 1;
  return counts;
}
