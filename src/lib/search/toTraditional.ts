/**
 * Simplified → Traditional Chinese for search queries, with the opencc-js character table (about
 * 19 KB gzip). Loaded only by pages whose search index is in Traditional, and only for a query
 * with a character this table changes (src/lib/search/convertibleHan.ts).
 */
import { ConverterFactory } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';

export const intoTraditionalTables = [STCharacters];
export const toTraditional: (text: string) => string = ConverterFactory(intoTraditionalTables);
