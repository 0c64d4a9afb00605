/**
 * What the open data page (`/<locale>/data/`) shows: each table with its files in the reader's
 * language and its fields, the descriptor, the licence and how to cite. From the table
 * definitions (tables.ts), so a new field or table appears here with its description.
 */
import { locales } from '../../i18n/locales';
import type { UIKey } from '../../i18n';
import type { Link, ViewContext } from '../routing/routeTypes';
import { dataLicence, fieldDescriptionKey } from './dataPackage';
import { dataFilePath, dataFormats, dataPackagePath, tableNames, tables, type TableName } from './tables';

export interface DataTableView {
  id: string;
  title: string;
  summary: string;
  files: Link[];
  fieldsHeading: string;
  /** Each field: its name, type and meaning in the reader's language, and the values it takes where the schema lists them. */
  fields: Array<{ name: string; type: string; description: string; values?: string | undefined }>;
}

export interface DataPageView {
  tables: DataTableView[];
  descriptor: Link;
  licence: Link;
  /** A citation of this locale's figures file, as an example. */
  citation: string;
}

const tableKey = (table: TableName, part: 'title' | 'summary') => `openData.tables.${table}.${part}` as UIKey;

export function dataPageView(ctx: ViewContext): DataPageView {
  const { t, locale } = ctx;
  const view = (table: TableName): DataTableView => {
    const title = t(tableKey(table, 'title'));
    return {
      id: `data-${table}`,
      title,
      summary: t(tableKey(table, 'summary')),
      files: dataFormats.map((format) => ({
        label: t('openData.download', { table: title, format: format.toUpperCase() }),
        href: dataFilePath(locale, table, format),
      })),
      fieldsHeading: t('openData.fieldsHeading', { table: title }),
      fields: tables[table].fields.map((field) => ({
        name: field.name,
        type: t(`openData.types.${field.type}`),
        description: t(fieldDescriptionKey(table, field.name)),
        values: field.enum ? t('openData.values', { values: field.enum.join(', ') }) : undefined,
      })),
    };
  };
  return {
    tables: tableNames.map(view),
    descriptor: { label: t('openData.package'), href: dataPackagePath },
    licence: { label: t('openData.licenceLink'), href: dataLicence.path, external: true },
    citation: t('openData.citeExample', {
      site: t('site.name'),
      title: `${t(tableKey('figures', 'title'))} (${locales[locale].nativeName})`,
      url: ctx.absolute(dataFilePath(locale, 'figures', 'csv')),
    }),
  };
}
