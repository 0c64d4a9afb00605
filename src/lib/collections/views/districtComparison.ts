/**
 * The districts side by side (`/{lang}/districts/compare/`): one column per district of the
 * content, in the districts' order, one row per topic. Every cell says only what the district's
 * entry and its relations say (the same look-ups as its page: districts.ts, relations.ts,
 * channels.ts); where a district has nothing for a row, the cell says so in words, never blank.
 */
import { formatDate, isoDate } from '../../formatDate';
import { locales, defaultLocale } from '../../../i18n/locales';
import { factSourceIds } from '../../checks/factCheck';
import type { RecordedCitation } from '../../markdown/factCitations';
import { sourceKindLabel } from '../../content/sourceLinks';
import type { AskChannel, Item, Link, SearchData, ViewContext } from '../../routing/routeTypes';
import { collectionMetadata } from '../metadata';
import { askBlock } from './channels';
import { bounded, linkTo } from './common';
import { districtIncentives, districtSites } from './districts';

/** A source a figure cites, as a reader checks it: linked title, publisher, date, kind. */
export interface CitedSource {
  title: string;
  /** Its address, when it has one (the event report has none). */
  href?: string | undefined;
  publisher: string;
  /** The date in the reader's language, as precise as the source gives it; absent when undated. */
  date?: { text: string; iso: string } | undefined;
  kindLabel: string;
  /** Marked unconfirmed by the fact sheet. */
  unconfirmed: boolean;
}

/** A figure with what it counts, when it held (frontmatter `asOf`), and its sources. */
export interface CitedFigure {
  /** The frontmatter figure's text, or the sentence the body's figure stands in. */
  text: string;
  /** The figures themselves, as written inside the sentence (body figures only). */
  figures?: string[];
  asOf?: string | undefined;
  sources: CitedSource[];
}

/** One item of a list in a cell: text, or a link, with an optional short note after it. */
export interface CellItem {
  label: string;
  href?: string | undefined;
  note?: string | undefined;
}

/** What a cell holds, in order: sentences, lists, cited figures, channels. */
export type CellPart =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: CellItem[]; more?: Link | undefined }
  | { kind: 'figures'; figures: CitedFigure[] }
  | { kind: 'channels'; channels: AskChannel[] };

export interface ComparisonCell {
  parts: CellPart[];
  /** BCP 47 tag of the cell's text when it differs from the page's (English standing in for a translation). */
  lang?: string | undefined;
}

export interface ComparisonRow {
  /** Stable id, for tests and anchors: `strengths`, `figures`, … */
  id: string;
  heading: string;
  /** One cell per column, in the columns' order. */
  cells: ComparisonCell[];
}

export interface ComparisonColumn {
  slug: string;
  title: string;
  href: string;
  /** BCP 47 tag of the title when English stands in for the translation. */
  lang?: string | undefined;
}

export interface DistrictComparison {
  caption: string;
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
  /** Said once under the table, for every column (what this site does not publish). */
  notes: string[];
  /** Where to go for all the channels. */
  more: Link;
}

/** A district to compare, with the body figures its render numbered (factCitations.ts). */
export interface ComparedDistrict {
  item: Item<'districts'>;
  citations: readonly RecordedCitation[];
}

function citedSource(id: string, ctx: ViewContext): CitedSource {
  const source = ctx.content.source(id, ctx.locale);
  return {
    title: source.title,
    href: source.url,
    publisher: source.publisher,
    date: source.date
      ? { text: formatDate(source.date, ctx.locale, source.datePrecision), iso: isoDate(source.date, source.datePrecision) }
      : undefined,
    kindLabel: sourceKindLabel(source, ctx.t),
    unconfirmed: source.confidence === 'inferred',
  };
}

/** The body's figures, one per sentence: figures sharing a sentence are shown once, with every source they cite. */
export function sentenceFigures(citations: readonly RecordedCitation[], ctx: ViewContext): CitedFigure[] {
  const bySentence = new Map<string, { figures: string[]; ids: string[] }>();
  for (const citation of citations) {
    const sentence = bySentence.get(citation.context) ?? { figures: [], ids: [] };
    sentence.figures.push(citation.text);
    for (const id of factSourceIds(citation.source)) if (!sentence.ids.includes(id)) sentence.ids.push(id);
    bySentence.set(citation.context, sentence);
  }
  return [...bySentence].map(([text, { figures, ids }]) => ({ text, figures, sources: ids.map((id) => citedSource(id, ctx)) }));
}

const text = (value: string): CellPart => ({ kind: 'text', text: value });

/** A list the content can grow, bounded as on the district's page (common.ts `bounded`), or a sentence when it is empty. */
function listOr(items: CellItem[], more: Link | undefined, empty: string): CellPart[] {
  return items.length ? [{ kind: 'list', items, more }] : [text(empty)];
}

function rowsOf(districts: readonly ComparedDistrict[], ctx: ViewContext): ComparisonRow[] {
  const { t, content, locale } = ctx;
  // The service bases are tied to no district in the content (their schema has no district): each
  // column says so, and names where the sources place each base.
  const bases = content.list('serviceBases', locale);
  const row = (id: string, heading: string, cell: (d: ComparedDistrict) => CellPart[], own = false): ComparisonRow => ({
    id,
    heading,
    cells: districts.map((d) => ({
      parts: cell(d),
      // The district's own words are English where English stands in for its translation.
      lang: own && d.item.isFallback ? locales[defaultLocale].tag : undefined,
    })),
  });
  return [
    row(
      'strengths',
      t('district.strengths'),
      ({ item }) => [{ kind: 'list', items: item.entry.data.strengths.map((label) => ({ label })) }],
      true,
    ),
    row(
      'figures',
      t('compare.figures'),
      ({ item }) => {
        const figures = item.entry.data.figures.map((f) => ({ text: f.text, asOf: f.asOf, sources: [citedSource(f.source, ctx)] }));
        return figures.length ? [{ kind: 'figures', figures }] : [text(t('compare.noFigures'))];
      },
      true,
    ),
    row(
      'text-figures',
      t('compare.textFigures'),
      ({ citations }) => {
        const figures = sentenceFigures(citations, ctx);
        return figures.length ? [{ kind: 'figures', figures }] : [text(t('compare.noTextFigures'))];
      },
      true,
    ),
    row('sites', t('district.sites'), ({ item }) => {
      const sites = bounded(districtSites(item, ctx), 'sites', ctx, { district: item.slug });
      return listOr(
        sites.shown.map((s) => linkTo('sites', s, ctx)),
        sites.more,
        t('district.noSites'),
      );
    }),
    row('incentives', t('compare.incentives'), ({ item }) => {
      const { tied, general } = districtIncentives(item, ctx);
      const shown = bounded(tied, 'incentives', ctx, { district: item.slug });
      const open = bounded(general, 'incentives', ctx);
      const note = (i: Item<'incentives'>) => (i.entry.data.citywide ? t('channel.citywide') : undefined);
      return [
        ...listOr(
          shown.shown.map((i) => ({ ...linkTo('incentives', i, ctx), note: note(i) })),
          shown.more,
          t('compare.noIncentives'),
        ),
        ...(open.shown.length
          ? [
              text(t('compare.incentivesOpen')),
              { kind: 'list' as const, items: open.shown.map((i) => linkTo('incentives', i, ctx)), more: open.more },
            ]
          : []),
      ];
    }),
    row('service-bases', t('compare.serviceBases'), () => [
      text(t('compare.noServiceBases')),
      ...(bases.length
        ? [
            text(t('compare.serviceBasesWhere')),
            { kind: 'list' as const, items: bases.map((b) => ({ ...linkTo('serviceBases', b, ctx), note: b.entry.data.location })) },
          ]
        : []),
    ]),
    row('ask', t('channel.askHeading'), ({ item }) => {
      const block = askBlock([item.slug], ctx);
      if (block.kind !== 'ask') return [];
      const who = item.entry.data.askAt;
      return [text(who ? t('compare.askAt', { who }) : t('compare.noAskAt')), { kind: 'channels', channels: block.channels }];
    }),
  ];
}

/** The comparison of `districts` (every district of the content, in its order), in `ctx`'s locale. */
export function districtComparison(districts: readonly ComparedDistrict[], ctx: ViewContext): DistrictComparison {
  const { t } = ctx;
  return {
    caption: t('compare.caption', { count: districts.length }),
    columns: districts.map(({ item }) => ({
      slug: item.slug,
      title: item.entry.data.title,
      href: ctx.href('districts', item.slug),
      lang: item.isFallback ? locales[defaultLocale].tag : undefined,
    })),
    rows: rowsOf(districts, ctx),
    notes: [t('channel.notPublished')],
    more: { label: t('channel.allSteps'), href: ctx.indexHref('channels') },
  };
}

/**
 * What the search index knows of the page: the districts' search type, so a search for districts
 * finds it beside their pages, and each district's filter, as it speaks of every district.
 */
export function comparisonSearchData(districts: readonly ComparedDistrict[], ctx: ViewContext): SearchData {
  const { searchType, navLabel } = collectionMetadata('districts');
  return {
    type: searchType,
    typeLabel: ctx.t(navLabel ?? 'types.district'),
    districts: districts.map(({ item }) => ({ slug: item.slug, label: item.entry.data.title })),
    filterDistricts: districts.map(({ item }) => item.slug),
    sectors: [],
    keywords: [],
  };
}
