/**
 * A table's rows as the published files. CSV: RFC 4180 (csv-stringify quotes what needs quoting,
 * CRLF line ends, one header row), UTF-8 with a byte-order mark, because Excel reads a CSV without
 * one in the computer's legacy code page and garbles Chinese and Thai; an empty cell is a missing
 * value, booleans are `true`/`false`. JSON: an array of objects in the fields' order, null where
 * the CSV cell is empty.
 */
import { stringify } from 'csv-stringify/sync';
import { tables, type DataFormat, type Row, type TableName } from './tables';

const fieldNames = (table: TableName) => tables[table].fields.map((field) => field.name);

/** The row with exactly the table's fields, in its order; throws on a field the table lacks. */
function ordered(table: TableName, row: Row): Row {
  const names = fieldNames(table);
  const extra = Object.keys(row).filter((key) => !names.includes(key as never));
  if (extra.length) throw new Error(`open data: ${table} has no field ${extra.join(', ')} (src/lib/data/tables.ts)`);
  return Object.fromEntries(names.map((name) => [name, row[name] ?? null]));
}

export function toCsv(table: TableName, rows: readonly Row[]): string {
  const columns = fieldNames(table);
  return stringify(
    rows.map((row) => ordered(table, row)),
    {
      bom: true,
      header: true,
      columns: [...columns],
      record_delimiter: 'windows',
      // csv-stringify quotes a field with its own record delimiter (CRLF) but not a bare line
      // break, which RFC 4180 needs quoted too (a source's statements are one a line).
      quoted_match: /[\r\n]/,
      cast: { boolean: (value: boolean) => (value ? 'true' : 'false'), number: (value: number) => String(value) },
    },
  );
}

export function toJson(table: TableName, rows: readonly Row[]): string {
  return `${JSON.stringify(
    rows.map((row) => ordered(table, row)),
    null,
    2,
  )}\n`;
}

export const serialise: Record<DataFormat, (table: TableName, rows: readonly Row[]) => string> = { csv: toCsv, json: toJson };

export const contentTypes: Record<DataFormat, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };
