/** The build-time SVG maps on the real pages: valid, linked, labelled, accessible, script-free. */
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import type { CheerioAPI } from 'cheerio';
import { assertBuilt, page } from '../../scripts/lib/dist';
import { localeCodes } from '../../src/i18n/locales';

beforeAll(() => assertBuilt());

const districts = ['xuhui', 'changning', 'songjiang'];
const sites = ['caohejing-hi-tech-park', 'g60-corridor', 'beiyang-ai-town'];

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
    expect($('.map-figure figcaption').text()).toMatch(/AMap/);
  });

  it.each(districts)(`/${locale}/districts/%s/ shows its own inset`, (district) => {
    const $ = page(`/${locale}/districts/${district}/`);
    expect(checkSvg($, 'districts')).toContain(`/${locale}/districts/${district}/`);
  });

  it(`/${locale}/event/ shows the event's reach, linked`, () => {
    const $ = page(`/${locale}/event/`);
    const links = checkSvg($, 'world');
    expect(links).toEqual(
      expect.arrayContaining([
        `/${locale}/event/`,
        `/${locale}/districts/`,
        ...['li-changhong', 'ding-yi', 'lyu-zhu'].map((s) => `/${locale}/stories/${s}/`),
      ]),
    );
    expect($('.map-figure figcaption').text()).toContain('Natural Earth');
  });
});

describe('labels in the reader’s language', () => {
  it('names districts in Chinese on Chinese pages and in English on English pages', () => {
    expect(mapOf(page('/zh-hans/'), 'districts').text()).toContain('浦东新区');
    expect(mapOf(page('/zh-hant/'), 'districts').text()).toContain('浦東新區');
    expect(mapOf(page('/en/'), 'districts').text()).toMatch(/pudong/i);
    expect(mapOf(page('/zh-hans/event/'), 'world').text()).toContain('肯尼亚');
  });
});
