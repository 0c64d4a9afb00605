/**
 * The open data's tables (`/data/<locale>/<table>.csv` and `.json`): their fields, types and keys,
 * said once. The Data Package descriptor (dataPackage.ts), the files (rows.ts, files.ts) and the
 * page that explains them (`/<locale>/data/`) all read this; each field's description is the UI
 * string `openData.fields.<table>.<field>`, in English in the descriptor and in the reader's
 * language on the page.
 */
import { incentiveCategories, sourceConfidences, sourceKinds } from '../content/schemas';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean';

export interface FieldSpec {
  name: string;
  type: FieldType;
  /** Never empty. */
  required?: boolean;
  /** A string that is an absolute URL. */
  uri?: boolean;
  /** The only values it takes (empty aside, unless required). */
  enum?: readonly string[];
  /** A pattern every value matches. */
  pattern?: string;
}

export interface TableSpec {
  fields: readonly FieldSpec[];
  /** The fields that name one row. */
  primaryKey: readonly string[];
  /** A field naming a row of another table of the same locale. */
  foreignKey?: { field: string; table: TableName; references: string };
}

/** The units figureValue.ts reads (figureValue.ts says what each means). */
export const figureUnits = ['CNY', '%', 'km2', 'm2', 'year'] as const;

/** Where a figure's as-of date comes from: the entry's own `asOf`, or its source's date in the register. */
export const asOfBases = ['figure', 'source'] as const;

/** The tables, each published per locale in every format. */
export type TableName = 'figures' | 'incentives' | 'sources';

export const tables: Readonly<Record<TableName, TableSpec>> = {
  figures: {
    fields: [
      { name: 'entry', type: 'string', required: true, pattern: '^[A-Za-z]+/[a-z0-9-]+$' },
      { name: 'url', type: 'string', required: true, uri: true },
      { name: 'figure', type: 'integer', required: true },
      { name: 'text', type: 'string', required: true },
      { name: 'language', type: 'string', required: true },
      { name: 'label', type: 'string' },
      { name: 'value', type: 'number' },
      { name: 'unit', type: 'string', enum: figureUnits },
      { name: 'as_of', type: 'string' },
      { name: 'as_of_basis', type: 'string', enum: asOfBases },
      { name: 'source_id', type: 'string', required: true },
      { name: 'source_url', type: 'string', uri: true },
    ],
    primaryKey: ['entry', 'figure', 'source_id'],
    foreignKey: { field: 'source_id', table: 'sources', references: 'id' },
  },
  incentives: {
    fields: [
      { name: 'slug', type: 'string', required: true, pattern: '^[a-z0-9-]+$' },
      { name: 'url', type: 'string', required: true, uri: true },
      { name: 'title', type: 'string', required: true },
      { name: 'language', type: 'string', required: true },
      { name: 'category', type: 'string', required: true, enum: incentiveCategories },
      { name: 'category_label', type: 'string', required: true },
      { name: 'districts', type: 'string' },
      { name: 'citywide', type: 'boolean', required: true },
      { name: 'sectors', type: 'string' },
      { name: 'channels', type: 'string' },
    ],
    primaryKey: ['slug'],
  },
  sources: {
    fields: [
      { name: 'id', type: 'string', required: true, pattern: '^[a-z0-9-]+$' },
      { name: 'title', type: 'string', required: true },
      { name: 'publisher', type: 'string', required: true },
      { name: 'kind', type: 'string', required: true, enum: sourceKinds },
      { name: 'confidence', type: 'string', required: true, enum: sourceConfidences },
      { name: 'date', type: 'string', pattern: '^\\d{4}(-\\d{2}){0,2}$' },
      { name: 'url', type: 'string', uri: true },
      { name: 'statements', type: 'string', required: true },
    ],
    primaryKey: ['id'],
  },
};
export const tableNames = Object.keys(tables) as TableName[];

/** A cell: a missing value is null (an empty cell in CSV). */
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** The formats each table is published in. */
export const dataFormats = ['csv', 'json'] as const;
export type DataFormat = (typeof dataFormats)[number];

/** Where a table of a locale is published: `/data/th/figures.csv`. */
export const dataFilePath = (locale: string, table: TableName, format: DataFormat): string => `/data/${locale}/${table}.${format}`;

/** Where the Data Package descriptor is published. */
export const dataPackagePath = '/data/datapackage.json';
