/**
 * The Frictionless Data Package descriptor of the open data (`/data/datapackage.json`, Data Package
 * v2): one resource per table, locale and format, each with its table schema. Made from the locale
 * table and the table definitions only, never from content, so every locale shard writes the same
 * bytes and a merge of shards equals one build.
 */
import { useTranslations, type UIKey } from '../../i18n';
import { localeCodes, locales, type Locale } from '../../i18n/locales';
import { pageRoutes } from '../routing/routes';
import { localizedPath, absoluteUrl } from '../routing/localizedUrl';
import { dataFilePath, dataFormats, tableNames, tables, type DataFormat, type FieldSpec, type TableName } from './tables';

/** Our compilation's licence; each source keeps its own terms (said in the descriptor and on the page). */
export const dataLicence = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

const english = useTranslations('en');

/** A field's description: the English of the string the data page shows in every language. */
export const fieldDescriptionKey = (table: TableName, field: string) => `openData.fields.${table}.${field}` as UIKey;

function fieldDescriptor(table: TableName, field: FieldSpec): Record<string, unknown> {
  const constraints = {
    ...(field.required ? { required: true } : {}),
    ...(field.enum ? { enum: [...field.enum] } : {}),
    ...(field.pattern ? { pattern: field.pattern } : {}),
  };
  return {
    name: field.name,
    type: field.type,
    ...(field.uri ? { format: 'uri' } : {}),
    description: english(fieldDescriptionKey(table, field.name)),
    ...(field.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** A resource's name: `figures-th` (CSV), `figures-th-json`. */
export const resourceName = (table: TableName, locale: Locale, format: DataFormat): string =>
  format === 'csv' ? `${table}-${locale}` : `${table}-${locale}-${format}`;

function tableSchema(table: TableName, locale: Locale, format: DataFormat): Record<string, unknown> {
  const spec = tables[table];
  const { foreignKey } = spec;
  return {
    fields: spec.fields.map((field) => fieldDescriptor(table, field)),
    missingValues: [''],
    primaryKey: [...spec.primaryKey],
    ...(foreignKey
      ? {
          foreignKeys: [
            {
              fields: [foreignKey.field],
              reference: { resource: resourceName(foreignKey.table, locale, format), fields: [foreignKey.references] },
            },
          ],
        }
      : {}),
  };
}

const formats = {
  csv: {
    mediatype: 'text/csv',
    dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
    note: 'RFC 4180 CSV in UTF-8 with a byte-order mark (for spreadsheet programs); an empty cell is a missing value.',
  },
  json: { mediatype: 'application/json', note: 'A JSON array of objects, one per row, with null for a missing value.' },
} as const;

function resource(table: TableName, locale: Locale, format: DataFormat): Record<string, unknown> {
  const { nativeName } = locales[locale];
  const { mediatype, note } = formats[format];
  return {
    name: resourceName(table, locale, format),
    type: 'table',
    path: dataFilePath(locale, table, format).slice('/data/'.length),
    format,
    mediatype,
    encoding: 'utf-8',
    title: `${english(`openData.tables.${table}.title` as UIKey)} (${nativeName}, ${format.toUpperCase()})`,
    description: `${english(`openData.tables.${table}.summary` as UIKey)} ${note}`,
    ...(format === 'csv' ? { dialect: formats.csv.dialect } : {}),
    schema: tableSchema(table, locale, format),
  };
}

/** The descriptor, for a site at `site` (its homepage is the English data page). */
export function dataPackage(site: URL | string): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'gather-in-shanghai-open-data',
    title: `${english('site.name')}: ${english('openData.title')}`,
    description: `${english('openData.description')} ${english('openData.licence')}`,
    homepage: absoluteUrl(localizedPath('en', pageRoutes.data), site),
    licenses: [{ ...dataLicence }],
    keywords: ['Shanghai', 'investment', 'incentives', 'figures', 'sources'],
    resources: localeCodes.flatMap((locale) => tableNames.flatMap((table) => dataFormats.map((format) => resource(table, locale, format)))),
  };
}

/** The descriptor as published: two-space JSON with a final newline. */
export const dataPackageText = (site: URL | string): string => `${JSON.stringify(dataPackage(site), null, 2)}\n`;
