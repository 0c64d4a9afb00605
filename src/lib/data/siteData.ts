/**
 * The open data of one locale of this build, from the content Astro loaded: what the endpoints
 * under src/pages/data/ write. Made once per locale and build (the CSV and JSON of a table share it).
 */
import { bodyFigures, pageContext, siteContent, sourceRecords } from '../content/siteContent';
import { collectionNames } from '../content/schemas';
import { remember } from '../remember';
import type { Locale } from '../../i18n/locales';
import { figureRows, incentiveRows, sourceRows, type ShownEntry } from './rows';
import type { Row, TableName } from './tables';

const made = new Map<Locale, Promise<Record<TableName, Row[]>>>();

export function localeTables(locale: Locale, site: URL | undefined): Promise<Record<TableName, Row[]>> {
  return remember(made, locale, async () => {
    const ctx = await pageContext(locale, site);
    const content = await siteContent();
    const shown: ShownEntry[] = [];
    for (const collection of collectionNames)
      for (const item of content.list(collection, locale)) shown.push({ collection, item, body: await bodyFigures(item.entry) });
    return {
      figures: figureRows(shown, ctx),
      incentives: incentiveRows(ctx),
      sources: sourceRows(await sourceRecords(), ctx),
    };
  });
}
