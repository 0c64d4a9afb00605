/**
 * The open data's logic without a build (src/lib/data/): values read from a figure's text only where
 * they are unambiguous, RFC 4180 CSV as a maintained parser reads it back, the figure texts and
 * sentences the render records, the rows of the real content (one per figure and source, dated
 * from the entry or the register, English marked where it stands in), and a descriptor that names
 * no content, so every locale shard writes it alike.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { figureValue } from '../../src/lib/data/figureValue';
import { toCsv, toJson } from '../../src/lib/data/files';
import { dataPackage } from '../../src/lib/data/dataPackage';
import { figureRows, incentiveRows, type ShownEntry } from '../../src/lib/data/rows';
import { tableNames, tables } from '../../src/lib/data/tables';
import { renderBody } from '../../src/lib/markdown/renderBody';
import { renderedFigures } from '../../src/lib/markdown/factCitations';
import { viewContext } from '../../src/lib/routing/routeData';
import { channelsFor } from '../../src/lib/collections/views/channels';
import { collectionNames } from '../../src/lib/content/schemas';
import { localeCodes, locales } from '../../src/i18n/locales';
import { contentWithThaiFallbacks, loadEntries, realContent, renderEntries } from '../helpers/realContent';

describe('a figure’s value and unit', () => {
  it.each([
    ['80.3 billion yuan', 'en', 80_300_000_000, 'CNY'],
    ['803亿元', 'zh-hans', 80_300_000_000, 'CNY'],
    ['人民幣803億元', 'zh-hant', 80_300_000_000, 'CNY'],
    ['80,3 miliar yuan', 'id', 80_300_000_000, 'CNY'],
    ['80,300 ล้านหยวน', 'th', 80_300_000_000, 'CNY'],
    ['1.6183 ล้านล้านหยวน', 'th', 1_618_300_000_000, 'CNY'],
    ['604,06 km²', 'id', 604.06, 'km2'],
    ['1.060', 'id', 1060, ''],
    ['1,060', 'en', 1060, ''],
    ['6.7%', 'en', 6.7, '%'],
    ['60萬平方公尺', 'zh-hant', 600_000, 'm2'],
    ['591家', 'zh-hans', 591, ''],
    ['13 ข้อ', 'th', 13, ''],
  ] as const)('reads "%s" (%s) as %d %s', (text, locale, value, unit) => {
    expect(figureValue(text, locale)).toEqual({ value, unit });
  });

  it.each([
    ['more than 30% a year', 'en'],
    ['about 60 companies', 'en'],
    ['3,400+ foreign-invested enterprises', 'en'],
    ['20 projects worth 28.11 billion yuan', 'en'],
    ['超过1000亿元', 'zh-hans'],
    ['8000多家', 'zh-hans'],
    ['803亿', 'zh-hans'],
    ['lebih dari 400 tenaga ahli', 'id'],
    ['up to 10 billion yuan', 'en'],
    ['1,06', 'en'],
  ] as const)('gives no value for "%s" (%s): a bound, an approximation, several numbers or an unknown word', (text, locale) => {
    expect(figureValue(text, locale)).toBeUndefined();
  });
});

describe('the files', () => {
  const rows = [
    {
      id: 'a',
      title: 'Quotes "and", commas',
      publisher: '上海日报',
      kind: 'news',
      confidence: 'confirmed',
      date: '2024-06',
      url: null,
      statements: 'one\ntwo',
    },
    {
      id: 'b',
      title: 'ไทย',
      publisher: 'p',
      kind: 'event-report',
      confidence: 'inferred',
      date: null,
      url: 'https://example.org/x',
      statements: 's',
    },
  ];

  it('writes RFC 4180 CSV in UTF-8 with a byte-order mark, which a CSV parser reads back cell for cell', () => {
    const csv = toCsv('sources', rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // RFC 4180: a field with a line break is quoted, and only CRLF ends a record.
    expect(csv).toContain('"one\ntwo"');
    expect(csv.replace(/"[^"]*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [header, ...body] = parse(csv, { bom: true }) as string[][];
    expect(header).toEqual(tables.sources.fields.map((f) => f.name));
    expect(body).toEqual(rows.map((row) => Object.values(row).map((cell) => (cell === null ? '' : String(cell)))));
  });

  it('writes booleans as true/false and keeps the fields’ order; JSON has the same rows with null for empty cells', () => {
    const row = {
      slug: 's',
      url: 'u',
      title: 't',
      language: 'en',
      category: 'rent',
      category_label: 'R',
      districts: null,
      citywide: false,
      sectors: null,
      channels: 'a b',
    };
    const [, yes, no] = parse(toCsv('incentives', [{ ...row, citywide: true }, row]), { bom: true }) as string[][];
    expect(yes).toEqual(['s', 'u', 't', 'en', 'rent', 'R', '', 'true', '', 'a b']);
    expect(no?.[7]).toBe('false');
    expect(JSON.parse(toJson('incentives', [row]))).toEqual([row]);
    expect(Object.keys(JSON.parse(toJson('incentives', [{ ...row }]))[0])).toEqual(tables.incentives.fields.map((f) => f.name));
  });

  it('refuses a row with a field its table lacks', () => {
    expect(() => toCsv('sources', [{ ...rows[0], extra: 'x' }])).toThrow(/sources has no field extra/);
  });
});

describe('figures recorded at render', () => {
  it('keeps each Fact’s text as rendered and the sentence it stands in, numbered after the frontmatter figures', async () => {
    const body =
      'It began in 2020. Output reached <Fact source="a">80.3 billion yuan</Fact> -- a record. Next, <Fact source="b a">about 60</Fact> firms came.\n';
    const frontmatter = { sources: ['a', 'b'], figures: [{ text: '3 things', source: 'a', asOf: '2024' }] };
    const rendered = await renderBody(body, { path: '/project/src/content/districts/en/x.mdx', frontmatter, locale: 'en' });
    expect(renderedFigures({ remarkPluginFrontmatter: rendered.frontmatter }, 'en/x')).toEqual([
      { k: 2, n: [1], source: 'a', text: '80.3 billion yuan', context: 'Output reached 80.3 billion yuan — a record.' },
      { k: 3, n: [2, 1], source: 'b a', text: 'about 60', context: 'Next, about 60 firms came.' },
    ]);
  });

  it('finds sentences by the rules of the entry’s language', async () => {
    const body = '2023年产值<Fact source="a">803亿元</Fact>。目标是超过<Fact source="a">1000亿元</Fact>！\n';
    const rendered = await renderBody(body, {
      path: '/project/src/content/districts/zh-hans/x.mdx',
      frontmatter: { sources: ['a'] },
      locale: 'zh-hans',
    });
    expect(renderedFigures({ remarkPluginFrontmatter: rendered.frontmatter }, 'zh-hans/x').map((f) => f.context)).toEqual([
      '2023年产值803亿元。',
      '目标是超过1000亿元！',
    ]);
  });
});

// Rendering every body of the real content takes seconds on a busy machine.
describe('rows of the real content', { timeout: 60_000 }, async () => {
  const entries = loadEntries();
  const rendered = await renderEntries(entries);
  const shownIn = (ctx: ReturnType<typeof viewContext>): ShownEntry[] =>
    collectionNames.flatMap((collection) =>
      ctx.content.list(collection, ctx.locale).map((item) => ({
        collection,
        item,
        body: renderedFigures(rendered.get(item.entry.id)!, item.entry.id),
      })),
    );

  it('has one row per figure and cited source, dated by the entry’s asOf or else the source’s date', () => {
    const ctx = viewContext('en', realContent(), 'https://example.org/');
    const rows = figureRows(shownIn(ctx), ctx);
    const figures = shownIn(ctx).flatMap(({ item, body }) => [
      ...((item.entry.data as { figures?: Array<{ source: string }> }).figures ?? []).map((f) => f.source.split(' ').length),
      ...body.map((f) => f.source.split(' ').length),
    ]);
    expect(rows).toHaveLength(figures.reduce((a, b) => a + b, 0));
    for (const row of rows) {
      const source = ctx.content.source(String(row.source_id), 'en');
      if (row.as_of_basis === 'source') expect(String(row.as_of)).toBe(source.date!.toISOString().slice(0, String(row.as_of).length));
      expect(row.source_url).toBe(source.url ?? null);
      expect(String(row.url)).toMatch(new RegExp(`^https://example\\.org/en/.+#fact-${row.figure}$`));
    }
    const dated = shownIn(ctx).find(({ item }) => ((item.entry.data as { figures?: unknown[] }).figures ?? []).length > 0)!;
    const first = (dated.item.entry.data as { figures: Array<{ text: string; asOf: string }> }).figures[0]!;
    expect(rows.find((r) => r.entry === `${dated.collection}/${dated.item.slug}` && r.figure === 1)).toMatchObject({
      text: first.text,
      as_of: first.asOf,
      as_of_basis: 'figure',
    });
  });

  it('marks a figure English where the English entry stands in for a translation', () => {
    const { content } = contentWithThaiFallbacks();
    const ctx = viewContext('th', content, 'https://example.org/');
    const rows = figureRows(shownIn(ctx), ctx);
    const fallback = (entry: string) => {
      const [collection, slug] = entry.split('/') as [(typeof collectionNames)[number], string];
      return ctx.content.get(collection, slug, 'th')!.isFallback;
    };
    for (const row of rows) expect(row.language, String(row.url)).toBe(fallback(String(row.entry)) ? 'en' : locales.th.tag);
    expect(rows.some((row) => row.language === 'en')).toBe(true);
  });

  it('lists each incentive with the channels its page names under “Where to ask”', () => {
    const ctx = viewContext('zh-hans', realContent(), 'https://example.org/');
    const rows = incentiveRows(ctx);
    expect(rows.map((r) => r.slug)).toEqual(ctx.content.list('incentives', 'zh-hans').map((i) => i.slug));
    for (const row of rows) {
      const item = ctx.content.get('incentives', String(row.slug), 'zh-hans')!;
      expect(row.channels).toBe(
        channelsFor(item.entry.data.districts, ctx)
          .map((c) => c.slug)
          .join(' ') || null,
      );
      expect(row.category_label).toBe(ctx.t(`incentive.categories.${item.entry.data.category}`));
    }
  });
});

describe('the descriptor', () => {
  it('has a resource per locale, table and format, and names nothing of the content (the same in every shard)', () => {
    const descriptor = dataPackage('https://example.org/') as {
      resources: Array<{ name: string; path: string; schema: { fields: Array<{ description: string }> } }>;
    };
    expect(descriptor.resources).toHaveLength(localeCodes.length * tableNames.length * 2);
    expect(new Set(descriptor.resources.map((r) => r.name)).size).toBe(descriptor.resources.length);
    for (const resource of descriptor.resources) expect(resource.schema.fields.every((f) => f.description.length > 0)).toBe(true);
    expect(JSON.stringify(dataPackage('https://example.org/'))).toBe(JSON.stringify(descriptor));
  });
});
