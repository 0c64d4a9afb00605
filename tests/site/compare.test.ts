/**
 * The districts side by side (`/{lang}/districts/compare/`, issue 31) on the real build, in every
 * locale: a column for every district of the content, every figure of every district (its
 * frontmatter figures and the `<Fact>`s of its body) in that district's column with a link to its
 * source and the source's date, a row heading for every row; linked from the districts index,
 * every district page and the home page's districts part; in the sitemap and in the search index.
 * Expectations come from the content files and the source register, never from a list here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { toString } from 'mdast-util-to-string';
import { assertBuilt, distDir, page } from '../helpers/dist';
import { realContent } from '../helpers/realContent';
import { startStaticServer, type StaticServer } from '../helpers/server';
import { openSearch } from '../helpers/pagefindNode';
import { localeCodes, locales, type Locale } from '../../src/i18n/locales';
import { factSourceIds, factsIn, parseMdx } from '../../src/lib/checks/factCheck';
import { pageRoutes } from '../../src/lib/routing/routes';
import { localizedPath } from '../../src/lib/routing/localizedUrl';
import { isoDate } from '../../src/lib/formatDate';
import { useTranslations } from '../../src/i18n';

beforeAll(() => assertBuilt());

const content = realContent();
const comparePath = (locale: Locale) => localizedPath(locale, pageRoutes.compareDistricts);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The cell of `row` in the column of district number `i` (0-based). */
function cell($: CheerioAPI, row: string, i: number): Cheerio<AnyNode> {
  return $(`table[data-compare-table] tr[data-row="${row}"] > td`).eq(i);
}

/** The list items of a cell that say `text` and link every source in `ids` (with its date, where it has one). */
function citing($: CheerioAPI, td: Cheerio<AnyNode>, text: string, ids: readonly string[], locale: Locale) {
  return td
    .find('li')
    .toArray()
    .filter((li) => squash($(li).text()).includes(squash(text)))
    .filter((li) =>
      ids.every((id) => {
        const source = content.source(id, locale);
        const linked = source.url ? $(li).find(`a[href="${source.url}"]`).length > 0 : squash($(li).text()).includes(source.title);
        const dated = !source.date || $(li).find(`time[datetime="${isoDate(source.date, source.datePrecision)}"]`).length > 0;
        return linked && dated;
      }),
    );
}

describe.each(localeCodes)('/%s/districts/compare/', (locale) => {
  const $ = page(comparePath(locale));
  const districts = content.list('districts', locale);

  it('is one table with a caption, a column heading for every district of the content, in order, and a row heading for every row', () => {
    expect($('table')).toHaveLength(1);
    expect(squash($('table caption').text())).not.toBe('');
    const columns = $('table thead th[scope="col"]');
    expect(columns.toArray().map((th) => $(th).attr('data-district'))).toEqual(districts.map((d) => d.slug));
    columns.each((i, th) => {
      expect(squash($(th).text())).toBe(districts[i]!.entry.data.title);
      expect($(th).find(`a[href="/${locale}/districts/${districts[i]!.slug}/"]`)).toHaveLength(1);
    });
    const rows = $('table tbody tr');
    expect(rows.length).toBeGreaterThanOrEqual(7);
    rows.each((_, tr) => {
      expect($(tr).children('th[scope="row"]'), $(tr).attr('data-row')).toHaveLength(1);
      expect(squash($(tr).children('th').text())).not.toBe(':');
      // No blank cell: where a district lacks a row's data, the cell says so.
      $(tr)
        .children('td')
        .each((i, td) => expect(squash($(td).text()).length, `${$(tr).attr('data-row')} of ${districts[i]!.slug}`).toBeGreaterThan(2));
    });
  });

  it('sits in a labelled, focusable scroll region', () => {
    const region = $('section[aria-labelledby]').has('table');
    expect(region).toHaveLength(1);
    expect(region.attr('tabindex')).toBe('0');
    expect($(`#${region.attr('aria-labelledby')}`).is('caption')).toBe(true);
  });

  it("shows every frontmatter figure of every district in its column, with when it held and its source's link and date", () => {
    let checked = 0;
    districts.forEach((district, i) => {
      for (const figure of district.entry.data.figures) {
        const items = citing($, cell($, 'figures', i), figure.text, [figure.source], locale);
        expect(items, `${district.slug}: ${figure.text}`).toHaveLength(1);
        expect($(items[0]).text()).toContain(figure.asOf);
        checked += 1;
      }
    });
    expect(checked).toBeGreaterThan(0);
  });

  it('shows every cited figure of every district’s text in its column, in its sentence, with its sources’ links and dates', () => {
    let checked = 0;
    districts.forEach((district, i) => {
      for (const fact of factsIn(parseMdx(district.entry.body ?? ''))) {
        const text = toString(fact.node);
        const items = citing($, cell($, 'text-figures', i), text, factSourceIds(fact.source), locale);
        expect(items.length, `${district.entry.id}:${fact.line} ${text}`).toBeGreaterThan(0);
        checked += 1;
      }
    });
    expect(checked).toBeGreaterThan(0);
  });

  it("says where to ask in each district as its page does: who the sources name, and the channels' links", () => {
    districts.forEach((district, i) => {
      const ask = cell($, 'ask', i);
      const districtPage = page(localizedPath(locale, `/districts/${district.slug}/`));
      const channels = districtPage('section[aria-labelledby="ask-heading"] > ul a[rel="noopener noreferrer"]')
        .toArray()
        .map((a) => districtPage(a).attr('href'));
      expect(channels.length).toBeGreaterThan(0);
      expect(
        ask
          .find('a[rel="noopener noreferrer"]')
          .toArray()
          .map((a) => $(a).attr('href')),
      ).toEqual(channels);
      if (district.entry.data.askAt) expect(squash(ask.text())).toContain(squash(district.entry.data.askAt));
    });
  });

  it('is linked from the districts index, every district page and the districts part of the home page', () => {
    const link = `a[href="${comparePath(locale)}"]`;
    expect(page(localizedPath(locale, '/districts/'))(`main ${link}`)).toHaveLength(1);
    for (const district of districts) expect(page(localizedPath(locale, `/districts/${district.slug}/`))(`main ${link}`)).toHaveLength(1);
    expect(page(localizedPath(locale))(`section[aria-labelledby="home-districts"] ${link}`)).toHaveLength(1);
  });

  it('has the districts index in its breadcrumb trail', () => {
    const trail = $(`nav[aria-label="${useTranslations(locale)('entry.breadcrumb')}"]`);
    expect(trail.find(`a[href="${localizedPath(locale, '/districts/')}"]`)).toHaveLength(1);
  });
});

describe('the districts side by side in the sitemap and the search index', () => {
  it('is in the sitemap in every locale', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    for (const locale of localeCodes) expect(sitemap).toMatch(new RegExp(`<loc>[^<]*${comparePath(locale)}</loc>`));
  });

  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  // Loading a locale's bundle takes a few seconds on a loaded machine.
  it.each(localeCodes)('%s: is found by a search for districts, and under each district’s filter', { timeout: 30_000 }, async (locale) => {
    const search = await openSearch(distDir, server.url, locale, locales[locale].tag);
    const found = async (filters: Record<string, string>) => (await search.search('', filters, Infinity)).map((r) => r.url);
    expect(await found({ type: 'district' })).toContain(comparePath(locale));
    for (const district of content.list('districts', locale))
      expect(await found({ district: district.slug })).toContain(comparePath(locale));
  });
});
