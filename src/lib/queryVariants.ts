/**
 * The forms of a query to search: as typed, and on Chinese pages also converted to the other
 * script, so "资金" finds a Traditional page saying "資金" and "優惠" a Simplified page saying
 * "优惠". The converters are passed in (they are large and loaded only when needed).
 */
export interface ScriptConverters {
  toSimplified: (text: string) => string;
  toTraditional: (text: string) => string;
}

export const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);

export function queryVariants(query: string, converters?: ScriptConverters): string[] {
  const q = query.trim();
  if (!q) return [];
  if (!converters || !hasHan(q)) return [q];
  return [...new Set([q, converters.toTraditional(q), converters.toSimplified(q)])];
}

/** Merges result lists by URL, keeping each URL once, best score first. */
export function mergeByUrl<T extends { url: string; score: number }>(lists: readonly T[][]): T[] {
  const best = new Map<string, T>();
  for (const list of lists)
    for (const item of list) {
      const seen = best.get(item.url);
      if (!seen || item.score > seen.score) best.set(item.url, item);
    }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
