/**
 * Traditional → Simplified Chinese for search queries, with opencc-js character tables (about
 * 21 KB gzip; the 1 MB phrase tables are not needed to map a search term). Loaded only by pages
 * whose search index is in Simplified, and only for a query with a character these tables
 * change (src/lib/search/convertibleHan.ts).
 */
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';

export const intoSimplifiedTables = [TSPhrases, TSCharacters];
export const toSimplified: (text: string) => string = ConverterFactory(intoSimplifiedTables);
