/**
 * The forms of a query to search in one index: as typed, and for a Chinese index also converted
 * into that index's script, so "资金" finds a Traditional page saying "資金" and "優惠" a
 * Simplified page saying "优惠". Converting into the other script would find nothing there, so a
 * page loads only the one converter its index needs (see converterInto), and only for a query
 * the converter would change (see convertibleInto).
 */
import { convertibleTest } from './convertibleHan';

export type ChineseScript = 'Hans' | 'Hant';
export type ScriptConverter = (text: string) => string;

export const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);

export const isChineseScript = (script: string): script is ChineseScript => script === 'Hans' || script === 'Hant';

export function queryVariants(query: string, intoIndexScript?: ScriptConverter): string[] {
  const q = query.trim();
  if (!q) return [];
  if (!intoIndexScript || !hasHan(q)) return [q];
  return [...new Set([q, intoIndexScript(q)])];
}

/** The converter into `script`, as its own chunk (each table is about 20 KB gzip). */
export function converterInto(script: ChineseScript): Promise<ScriptConverter> {
  return script === 'Hans' ? import('./toSimplified').then((m) => m.toSimplified) : import('./toTraditional').then((m) => m.toTraditional);
}

/** Where the bitmap of the characters the converter into `script` changes is published. */
export const convertiblePath = (script: ChineseScript): string => `/search-data/convertible-into-${script}.txt`;

/** Whether the converter into `script` would change a query: a 2 KB download instead of 20 KB. */
export function convertibleInto(script: ChineseScript): Promise<(query: string) => boolean> {
  return fetch(convertiblePath(script)).then(async (response) => {
    if (!response.ok) throw new Error(`${convertiblePath(script)}: ${response.status}`);
    return convertibleTest(await response.text());
  });
}
