/**
 * The site grows by adding content, not by editing code: a copy of the project gets, exactly as
 * docs/developing.md's "How to add a district" and "How to add a collection" say, a new district with a new
 * key site on it, and a new collection with one entry. The real build then shows them on the
 * maps, in the search filters, the feed, the sitemap, the navigation and the newsletter kit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, fixtureSiteTimeout } from '../helpers/fixtureSite';
import { page } from '../helpers/dist';
import { localeCodes } from '../../src/i18n/locales';

// The shared fixture build adds tests/fixtures/site/content (district pudong, key site
// fixture-park, note fixture-note) and the notes collection's schema, registry entry and strings.
let dist = '';
beforeAll(async () => {
  dist = (await fixtureSite()).dist;
}, fixtureSiteTimeout);

describe('a new district and key site, added as content only', () => {
  it.each(localeCodes)('appear on the district map of /%s/, linked', (locale) => {
    const links = page(
      `/${locale}/`,
      dist,
    )('svg.gis-map--districts a')
      .toArray()
      .map((a) => a.attribs.href);
    expect(links).toEqual(expect.arrayContaining([`/${locale}/districts/pudong/`, `/${locale}/sites/fixture-park/`]));
  });

  it('get their own pages, the district with its map and site', () => {
    const $ = page('/en/districts/pudong/', dist);
    expect($('h1').text()).toBe('Pudong New Area (fixture)');
    expect($('a[href="/en/sites/fixture-park/"]').length).toBeGreaterThan(0);
    expect($('svg.gis-map--districts')).toHaveLength(1);
  });

  it('are offered as search filters', () => {
    const $ = page('/en/search/', dist);
    expect($('select[name="district"] option[value="pudong"]')).toHaveLength(1);
    expect($('select[name="sector"] option[value="finance"]')).toHaveLength(1);
  });

  it.each(localeCodes)('the district is a column of /%s/districts/compare/, with its key site, and says it has no figures', (locale) => {
    const $ = page(`/${locale}/districts/compare/`, dist);
    const columns = $('table thead th[scope="col"]')
      .toArray()
      .map((th) => $(th).attr('data-district'));
    expect(columns).toContain('pudong');
    const column = columns.indexOf('pudong');
    // English stands in for its translations, and says so with its language.
    expect($('table thead th[scope="col"]').eq(column).attr('lang')).toBe(locale === 'en' ? undefined : 'en');
    expect($('tr[data-row="sites"] > td').eq(column).find(`a[href="/${locale}/sites/fixture-park/"]`)).toHaveLength(1);
    const figures = $('tr[data-row="figures"] > td').eq(column);
    expect(figures.find('li')).toHaveLength(0);
    expect(figures.text().trim()).not.toBe('');
  });

  it('are in the feed and the sitemap', () => {
    const feed = readFileSync(join(dist, 'en', 'rss.xml'), 'utf8');
    expect(feed).toContain('/en/districts/pudong/');
    expect(feed).toContain('/en/sites/fixture-park/');
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/en/districts/pudong/');
    expect(sitemap).toContain('/th/sites/fixture-park/');
  });
});

describe('a new collection, added with one registry entry', () => {
  it('gets its index and entry pages in every locale', () => {
    for (const locale of localeCodes) {
      expect(page(`/${locale}/notes/fixture-note/`, dist)('h1').text()).toBe('A fixture briefing note');
      expect(page(`/${locale}/notes/`, dist)('a[href$="/notes/fixture-note/"]')).toHaveLength(1);
    }
  });

  it('is in the main navigation, the search type filter, the feed, the sitemap and the newsletter kit', () => {
    expect(page('/en/', dist)('nav a[href="/en/notes/"]').length).toBeGreaterThan(0);
    expect(page('/en/search/', dist)('select[name="type"] option[value="note"]')).toHaveLength(1);
    expect(readFileSync(join(dist, 'en', 'rss.xml'), 'utf8')).toContain('/en/notes/fixture-note/');
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain('/en/notes/fixture-note/');
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain('/en/notes/</loc>');
    expect(page('/en/share/', dist)('a[href="/en/share/notes/"]')).toHaveLength(1);
    expect(page('/en/share/notes/', dist)('textarea').text()).toContain('/en/notes/fixture-note/');
  });
});
