/**
 * Simplified ⇄ Traditional conversion for search queries, with opencc-js. Character tables
 * (about 60 KB) rather than the 1 MB phrase table: a search term needs its characters mapped,
 * and the page loads this only when a Chinese reader searches with Han characters.
 */
import { ConverterFactory } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import type { ScriptConverters } from './queryVariants';

export const converters: ScriptConverters = {
  toTraditional: ConverterFactory([STCharacters]),
  toSimplified: ConverterFactory([TSPhrases, TSCharacters]),
};
