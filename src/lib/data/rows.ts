/**
 * The rows of the open data of one locale, from what its pages show: each entry as the locale's
 * page shows it (the translation, or English standing in), its figures as their render recorded
 * them, and the source register. Plain data in, plain rows out (tested without Astro).
 *
 * A figure is one row per source it cites: the same entry, figure number and text, once for each.
 */
import { defaultLocale, locales } from '../../i18n/locales';
import { factSourceIds, frontmatterFigures } from '../checks/factCheck';
import { collectionMetadata } from '../collections/metadata';
import { collectionViews } from '../collections/views';
import { channelsFor } from '../collections/views/channels';
import { statementsOf, type SourceRecord } from '../content/sourceRegister';
import type { CollectionName } from '../content/schemas';
import { isoDate } from '../formatDate';
import type { RecordedFigure } from '../markdown/factCitations';
import { localizedPath } from '../routing/localizedUrl';
import type { Item, ViewContext } from '../routing/routeTypes';
import { figureValue } from './figureValue';
import type { Row } from './tables';

/** An entry as a locale's page shows it, with the figures its body's render recorded. */
export interface ShownEntry {
  collection: CollectionName;
  item: Item;
  /** The body's figures (factCitations.ts `renderedFigures`). */
  body: readonly RecordedFigure[];
}

/** A figure before it is split by source: where it stands, what it says, when it held. */
interface Figure {
  k: number;
  text: string;
  label: string;
  source: string;
  /** The entry's own `asOf`, if it gives one. */
  asOf?: string | undefined;
}

/** The term each figure of a page's fact lists stands under ("Foreign investment"), by its number. */
function figureTerms(collection: CollectionName, item: Item, ctx: ViewContext): Map<number, string> {
  const terms = new Map<number, string>();
  for (const block of collectionViews(collection).view(item as never, ctx).blocks)
    if (block.kind === 'facts' || block.kind === 'glance')
      for (const fact of block.facts)
        for (const value of fact.values) if (typeof value === 'object' && 'figure' in value) terms.set(value.figure.k, fact.term);
  return terms;
}

/** Frontmatter figures (numbered first, as the page numbers them), then the body's. */
function figuresOf({ collection, item, body }: ShownEntry, ctx: ViewContext): Figure[] {
  const listed = frontmatterFigures(item.entry.data) as Array<{ source: string; text?: string; asOf?: string }>;
  const terms = listed.length ? figureTerms(collection, item, ctx) : new Map<number, string>();
  return [
    ...listed.map((f, i) => ({ k: i + 1, text: f.text ?? '', label: terms.get(i + 1) ?? '', source: f.source, asOf: f.asOf })),
    ...body.map((f) => ({ k: f.k, text: f.text, label: f.context, source: f.source })),
  ];
}

/** The figures of every shown entry, one row per figure and source. */
export function figureRows(entries: readonly ShownEntry[], ctx: ViewContext): Row[] {
  return entries.flatMap((shown) => {
    const { collection, item } = shown;
    const textLocale = item.isFallback ? defaultLocale : ctx.locale;
    const page = ctx.absolute(localizedPath(ctx.locale, collectionMetadata(collection).route(item.slug)));
    return figuresOf(shown, ctx).flatMap((figure) => {
      const parsed = figureValue(figure.text, textLocale);
      return factSourceIds(figure.source).map((id) => {
        const source = ctx.content.source(id, ctx.locale);
        const sourceDate = source.date ? isoDate(source.date, source.datePrecision) : undefined;
        const asOf = figure.asOf ?? sourceDate;
        return {
          entry: `${collection}/${item.slug}`,
          url: `${page}#fact-${figure.k}`,
          figure: figure.k,
          text: figure.text,
          language: locales[textLocale].tag,
          label: figure.label || null,
          value: parsed?.value ?? null,
          unit: parsed?.unit || null,
          as_of: asOf ?? null,
          as_of_basis: figure.asOf ? 'figure' : sourceDate ? 'source' : null,
          source_id: id,
          source_url: source.url ?? null,
        };
      });
    });
  });
}

/** Every incentive as the locale shows it, with the official channels its page names under "Where to ask". */
export function incentiveRows(ctx: ViewContext): Row[] {
  const { t, locale } = ctx;
  return ctx.content.list('incentives', locale).map((item) => {
    const { data } = item.entry;
    const spaced = (slugs: readonly string[]) => slugs.join(' ') || null;
    return {
      slug: item.slug,
      url: ctx.absolute(ctx.href('incentives', item.slug)),
      title: data.title,
      language: locales[item.isFallback ? defaultLocale : locale].tag,
      category: data.category,
      category_label: t(`incentive.categories.${data.category}`),
      districts: spaced(data.districts),
      citywide: data.citywide,
      sectors: spaced(data.sectors),
      channels: spaced(channelsFor(data.districts, ctx).map((c) => c.slug)),
    };
  });
}

/** A register date as the register gives it: a day (`2024-07-30`), a month (`2024-06`) or a year. */
const registerDate = (date: Date | string | undefined): string | null =>
  date === undefined ? null : date instanceof Date ? isoDate(date) : date;

/** The source register in the locale: titles and publishers translated, statements in English as the register keeps them. */
export function sourceRows(records: readonly SourceRecord[], ctx: ViewContext): Row[] {
  return records.map((record) => {
    const source = ctx.content.source(record.id, ctx.locale);
    return {
      id: record.id,
      title: source.title,
      publisher: source.publisher,
      kind: record.kind,
      confidence: record.confidence,
      date: registerDate(record.date),
      url: record.url ?? null,
      // One a line; one the fact sheet marks as inferred says so.
      statements: statementsOf(record)
        .map((s) => (s.confidence === 'inferred' ? `(inferred) ${s.text}` : s.text))
        .join('\n'),
    };
  });
}
