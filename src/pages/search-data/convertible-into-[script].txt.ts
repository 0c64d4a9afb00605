/**
 * The Han characters each search converter can change, as a bitmap (src/lib/search/convertibleHan.ts):
 * a Chinese search page fetches its index script's file on the first Han query and downloads
 * the converter only if the query has one of them. Made from the converters' own tables, so
 * the two cannot disagree; the same bytes in every locale shard.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { changeableCharacters, convertibleBitmap } from '../../lib/search/convertibleHan';
import type { ChineseScript } from '../../lib/search/queryVariants';
import { intoSimplifiedTables } from '../../lib/search/toSimplified';
import { intoTraditionalTables } from '../../lib/search/toTraditional';

const tables: Record<ChineseScript, readonly string[]> = { Hans: intoSimplifiedTables, Hant: intoTraditionalTables };

export const getStaticPaths = (() =>
  (Object.keys(tables) as ChineseScript[]).map((script) => ({ params: { script } }))) satisfies GetStaticPaths;

export const GET: APIRoute<never, { script: ChineseScript }> = ({ params }) =>
  new Response(convertibleBitmap(changeableCharacters(tables[params.script])), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
