/**
 * The open data of a locale, `/data/<locale>/<table>.csv` and `.json` (src/lib/data/): written
 * where the route table has the locale's data page, so a locale shard writes its own files only.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildRouteTable } from '../../../lib/routing/buildRouteTable';
import { rowsOf } from '../../../lib/routing/routeTable';
import { localeTables } from '../../../lib/data/siteData';
import { contentTypes, serialise } from '../../../lib/data/files';
import { dataFormats, tableNames, type DataFormat, type TableName } from '../../../lib/data/tables';
import type { Locale } from '../../../i18n/locales';

export const getStaticPaths = (async () =>
  rowsOf(await buildRouteTable(), 'data').flatMap(({ lang }) =>
    tableNames.flatMap((table) => dataFormats.map((format) => ({ params: { lang, table, format } }))),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<never, { lang: Locale; table: TableName; format: DataFormat }> = async ({ params, site }) => {
  const rows = (await localeTables(params.lang, site))[params.table];
  return new Response(serialise[params.format](params.table, rows), { headers: { 'Content-Type': contentTypes[params.format] } });
};
