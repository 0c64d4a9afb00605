/** The two maps as SVG strings: structure, links, labels, escaping, errors and size budgets. */
import { gzipSync } from 'node:zlib';
import { load, type CheerioAPI } from 'cheerio';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { cityPositions } from '../../src/lib/maps/cityPositions';
import { drawDistrictMap, renderDistrictMap, type DistrictMapInput } from '../../src/lib/maps/districtMap';
import { shanghaiDistrictIds, type ShanghaiDistrictId } from '../../src/lib/content/shanghaiDistricts';
import { renderWorldMap, type WorldMapInput } from '../../src/lib/maps/worldMap';
import { uiStrings } from '../../src/i18n/uiStrings';

const SCRIPT = '<script>alert(1)</script>';
/** An inline map may cost a page at most 3 KB (gzip): more delays first paint on a phone. */
const BUDGET = 3072;

function districtNames(locale: keyof typeof uiStrings): (id: ShanghaiDistrictId) => string {
  const block = uiStrings[locale].shanghaiDistricts as Record<string, string>;
  return (id) => block[id] ?? '';
}

const districtInput: DistrictMapInput = {
  title: 'Schematic map of Shanghai’s districts',
  description: 'Schematic, not to scale.',
  districtLabel: districtNames('en'),
  highlight: [
    { id: 'xuhui', label: 'Xuhui District', href: '/en/districts/xuhui/' },
    { id: 'changning', label: 'Changning District', href: '/en/districts/changning/' },
    { id: 'songjiang', label: 'Songjiang District', href: '/en/districts/songjiang/' },
  ],
  sites: [
    { slug: 'caohejing-hi-tech-park', district: 'xuhui', label: 'Caohejing Hi-Tech Park', href: '/en/sites/caohejing-hi-tech-park/' },
    { slug: 'beiyang-ai-town', district: 'xuhui', label: 'Beiyang AI Town', href: '/en/sites/beiyang-ai-town/' },
    {
      slug: 'g60-corridor',
      district: 'songjiang',
      label: 'G60 Science and Technology Innovation Corridor',
      href: '/en/sites/g60-corridor/',
    },
  ],
};

const worldInput: WorldMapInput = {
  title: 'Where the event reached',
  description: 'The host city, the four livestream cities and the delegates’ countries.',
  legend: { livestream: 'Livestream city', host: 'Host city', delegate: 'Delegates’ country' },
  points: [
    { id: 'shanghai', label: 'Shanghai', href: '/en/districts/', kind: 'host', ...cityPositions.shanghai },
    { id: 'san-francisco', label: 'San Francisco', href: '/en/event/', kind: 'livestream', ...cityPositions['san-francisco'] },
    { id: 'vancouver', label: 'Vancouver', href: '/en/event/', kind: 'livestream', ...cityPositions.vancouver },
    { id: 'manila', label: 'Manila', href: '/en/event/', kind: 'livestream', ...cityPositions.manila },
    { id: 'jakarta', label: 'Jakarta', href: '/en/event/', kind: 'livestream', ...cityPositions.jakarta },
  ],
  countries: [
    { iso: 'KE', label: 'Kenya', href: '/en/stories/kenya/' },
    { iso: 'TH', label: 'Thailand', href: '/en/stories/thailand/' },
    { iso: '124', label: 'Canada', href: '/en/stories/canada/' },
  ],
};

const parse = (svg: string): CheerioAPI => load(svg, { xml: true });
const gzipped = (svg: string) => gzipSync(svg).length;
const textOf = ($: CheerioAPI, el: Parameters<CheerioAPI>[0]) => $(el).text().replace(/\s+/g, ' ').trim();

/** What every map must be: valid XML, a named and described group, nothing executable. */
function expectSafeNamedGroup(svg: string, title: string, description: string): CheerioAPI {
  expect(XMLValidator.validate(svg)).toBe(true);
  const $ = parse(svg);
  const root = $('svg').first();
  expect(root.attr('role')).toBe('group');
  expect(root.attr('viewBox')).toMatch(/^0 0 \d+(\.\d)? \d+(\.\d)?$/);
  expect(root.attr('width')).toBe('100%');
  const titleId = root.attr('aria-labelledby') ?? '';
  const descId = root.attr('aria-describedby') ?? '';
  expect(titleId).not.toBe(descId);
  expect($(`title[id="${titleId}"]`).text()).toBe(title);
  expect($(`desc[id="${descId}"]`).text()).toBe(description);
  expect($('script, style, foreignObject').length).toBe(0);
  const handlers = $('*')
    .toArray()
    .flatMap((el) => Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}).filter((a) => /^on/i.test(a)));
  expect(handlers).toEqual([]);
  return $;
}

describe('renderDistrictMap', () => {
  const svg = renderDistrictMap(districtInput);
  const $ = expectSafeNamedGroup(svg, districtInput.title, districtInput.description);

  it('draws a tile with a name for each of the 16 districts, in the page’s language', () => {
    expect($('rect[rx]').length).toBe(16);
    const shown = $('text')
      .map((_, t) => textOf($, t))
      .get();
    for (const id of shanghaiDistrictIds) expect(shown).toContain(districtNames('en')(id));
    const zh = parse(renderDistrictMap({ ...districtInput, districtLabel: districtNames('zh-hant') }));
    expect(zh('text').text()).toContain('浦東新區');
    expect(zh('text').text()).not.toContain('Pudong');
  });

  it('links each highlighted district’s tile, named as on the map', () => {
    for (const h of districtInput.highlight) {
      const link = $(`a[href="${h.href}"]`);
      expect(link.length).toBe(1);
      expect(link.find('rect').length).toBe(1);
      expect(textOf($, link.find('text'))).toBe(districtNames('en')(h.id as ShanghaiDistrictId));
    }
    // Context districts are drawn, not linked, and hidden from assistive technology.
    expect($('g[aria-hidden="true"] rect').length).toBe(16 - districtInput.highlight.length);
  });

  it('links each site once: a numbered marker on its district’s tile and its name in the key', () => {
    expect($('a').length).toBe(districtInput.highlight.length + districtInput.sites.length);
    districtInput.sites.forEach((site, index) => {
      const link = $(`a[href="${site.href}"]`);
      expect(link.length).toBe(1);
      expect(link.find('circle').length).toBe(2);
      // The numbers tie marker to key for the eye; the link's name is the site's name alone.
      expect(textOf($, link.children('text'))).toBe(site.label);
      expect(
        link
          .find('g[aria-hidden="true"] text')
          .map((_, t) => $(t).text())
          .get(),
      ).toEqual([`${index + 1}`, `${index + 1}`]);
    });
  });

  it('puts every site’s marker on its own district’s tile, and none on another', () => {
    const tileOf = (href: string) => $(`a[href="${href}"] rect`);
    const inside = (circle: ReturnType<CheerioAPI>, rect: ReturnType<CheerioAPI>) => {
      const [cx, cy] = [Number(circle.attr('cx')), Number(circle.attr('cy'))];
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(rect.attr(a))) as [number, number, number, number];
      return cx > x && cx < x + w && cy > y && cy < y + h;
    };
    for (const site of districtInput.sites) {
      const marker = $(`a[href="${site.href}"] circle`).first();
      for (const district of districtInput.highlight)
        expect(inside(marker, tileOf(district.href)), `${site.slug} on ${district.id}`).toBe(district.id === site.district);
    }
  });

  it('shows many sites on one tile, all visible and apart, and a new district or site with no code change', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ slug: `s${i}`, district: 'pudong', label: `Site ${i}`, href: `/en/sites/s${i}/` }));
    const m = parse(
      renderDistrictMap({ ...districtInput, highlight: [{ id: 'pudong', label: 'Pudong', href: '/en/districts/pudong/' }], sites: many }),
    );
    expect(m('a[href="/en/districts/pudong/"]').length).toBe(1);
    const centres = many.map((s) => {
      const c = m(`a[href="${s.href}"] circle`).first();
      return [Number(c.attr('cx')), Number(c.attr('cy'))] as const;
    });
    for (const [i, a] of centres.entries()) {
      for (const b of centres.slice(i + 1)) expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThanOrEqual(18);
    }
  });

  it('emphasises the focus district and its sites, keeping every link', () => {
    const focused = renderDistrictMap({ ...districtInput, focus: 'songjiang' });
    const f = expectSafeNamedGroup(focused, districtInput.title, districtInput.description);
    expect(f('a').length).toBe($('a').length);
    const width = (href: string) => Number(f(`a[href="${href}"] rect`).attr('stroke-width'));
    expect(width('/en/districts/songjiang/')).toBeGreaterThan(width('/en/districts/xuhui/'));
    const fill = (href: string) => f(`a[href="${href}"] circle`).first().attr('fill');
    expect(fill('/en/sites/g60-corridor/')).not.toBe(fill('/en/sites/beiyang-ai-town/'));
  });

  it('shows a script in any text as text, never as an element', () => {
    const hostile = renderDistrictMap({
      ...districtInput,
      title: SCRIPT,
      description: `${SCRIPT} & "quotes"`,
      districtLabel: () => SCRIPT,
      sites: [{ ...districtInput.sites[0]!, label: `${SCRIPT}\u0007` }],
    });
    const h = expectSafeNamedGroup(hostile, SCRIPT, `${SCRIPT} & "quotes"`);
    expect(textOf(h, 'a[href="/en/districts/xuhui/"] text')).toBe(SCRIPT);
    expect(hostile).not.toContain('<script');
  });

  it('stops the build on a bad link, an unknown district or site district, naming it', () => {
    const bad = (patch: Partial<DistrictMapInput>) => () => renderDistrictMap({ ...districtInput, ...patch });
    expect(bad({ highlight: [{ id: 'xuhui', label: 'X', href: 'javascript:alert(1)' }] })).toThrow(/refused/);
    expect(bad({ highlight: [{ id: 'xuhui', label: 'X', href: '//evil.example/' }] })).toThrow(/refused/);
    expect(bad({ highlight: [{ id: 'zhabei', label: 'Z', href: '/z/' }] })).toThrow(/district "zhabei".*src\/content\/districts/);
    expect(bad({ highlight: [districtInput.highlight[0]!, districtInput.highlight[0]!] })).toThrow(/"xuhui" is highlighted twice/);
    expect(bad({ sites: [{ slug: 'new-park', district: 'nanhui', label: 'N', href: '/n/' }] })).toThrow(
      /site "new-park" has district "nanhui" \(field "district" of src\/content\/sites\/\*\/new-park\.mdx\)/,
    );
    expect(bad({ focus: 'zhabei' })).toThrow(/focus "zhabei"/);
    expect(bad({ districtLabel: (id) => (id === 'jinshan' ? ' ' : id) })).toThrow(/shanghaiDistricts\.jinshan/);
  });

  it('is deterministic, with ids that differ between different maps', () => {
    expect(drawDistrictMap(districtInput)).toBe(drawDistrictMap(districtInput));
    expect(renderDistrictMap(districtInput)).toBe(drawDistrictMap(districtInput));
    const other = parse(renderDistrictMap({ ...districtInput, title: 'Another map' }));
    expect(other('svg').attr('aria-labelledby')).not.toBe($('svg').attr('aria-labelledby'));
    const thai = parse(renderDistrictMap({ ...districtInput, districtLabel: districtNames('zh-hans') }));
    expect(thai('svg').attr('aria-labelledby')).not.toBe($('svg').attr('aria-labelledby'));
  });

  it.each(['en', 'zh-hans', 'zh-hant', 'th', 'id'] as const)('costs at most 3 KB gzip, overview and focused (%s names)', (locale) => {
    const named = { ...districtInput, districtLabel: districtNames(locale) };
    expect(gzipped(renderDistrictMap(named)), `${locale} overview`).toBeLessThanOrEqual(BUDGET);
    // Any of the 16 districts may get a page: each focused, highlighted beside the fixture's.
    for (const focus of shanghaiDistrictIds) {
      const highlight = named.highlight.some((h) => h.id === focus)
        ? named.highlight
        : [...named.highlight, { id: focus, label: districtNames(locale)(focus), href: `/${locale}/districts/${focus}/` }];
      const size = gzipped(renderDistrictMap({ ...named, highlight, focus }));
      expect(size, `${locale} ${focus}: ${size} bytes`).toBeLessThanOrEqual(BUDGET);
    }
  });
});

describe('renderWorldMap', () => {
  const svg = renderWorldMap(worldInput);
  const $ = expectSafeNamedGroup(svg, worldInput.title, worldInput.description);

  it('draws the land as one shape with no borders, and no country outline but the highlighted ones', () => {
    const base = $('g[aria-hidden="true"] path');
    expect(base.length).toBe(2); // the ocean and the land
    expect($('path').length).toBe(2 + (worldInput.countries ?? []).length);
  });

  it('links every point once with its label, and names its kind', () => {
    for (const point of worldInput.points) {
      const link = $('a').filter((_, a) => textOf($, $(a).children('text')) === point.label);
      expect(link.length, point.id).toBe(1);
      expect(link.attr('href')).toBe(point.href);
      expect(link.find('title').text()).toBe(`${point.label} (${worldInput.legend[point.kind]})`);
    }
  });

  it('links, outlines and labels each highlighted country', () => {
    for (const country of worldInput.countries ?? []) {
      expect(textOf($, `a[href="${country.href}"] text`)).toBe(country.label);
      expect($(`a[href="${country.href}"] path`).length).toBe(1);
    }
  });

  it('has a legend for the kinds shown, and only those', () => {
    const legend = $('svg > g:not([aria-hidden]) text')
      .map((_, t) => textOf($, t))
      .get();
    expect(legend).toEqual(['Host city', 'Livestream city']);
  });

  it('draws any ISO country with no code change, alpha-2 or numeric, and stops on unknown ones', () => {
    const shape = (iso: string) =>
      parse(renderWorldMap({ ...worldInput, countries: [{ iso, label: 'K', href: '/k/' }] }))('a[href="/k/"] path').attr('d');
    expect(shape('KE')).toBe(shape('404'));
    expect(shape('BR')).toMatch(/^M/); // a country no story names today
    expect(() => shape('ZZ')).toThrow(/"ZZ" is not an ISO 3166-1 country code/);
    expect(() => shape('999')).toThrow(/no shape for country "999"/);
    const twice = [
      { iso: 'KE', label: 'K', href: '/k/' },
      { iso: '404', label: 'K', href: '/k2/' },
    ];
    expect(() => renderWorldMap({ ...worldInput, countries: twice })).toThrow(/Country "404" appears twice/);
  });

  it('gives each point label its own spot', () => {
    const boxes = worldInput.points.map((p) => {
      const text = $('a')
        .filter((_, a) => $(a).find('title').text().startsWith(p.label))
        .children('text');
      const span = text.find('tspan').first();
      return { x: Number(span.attr('x')), y: Number(span.attr('y')), anchor: text.attr('text-anchor') };
    });
    const keys = boxes.map((b) => `${b.x},${b.y}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('escapes labels and legend text', () => {
    const hostile = renderWorldMap({
      ...worldInput,
      legend: { ...worldInput.legend, host: SCRIPT },
      points: [{ ...worldInput.points[0]!, label: SCRIPT }],
      countries: [{ iso: 'KE', label: SCRIPT, href: '/k/' }],
    });
    const h = expectSafeNamedGroup(hostile, worldInput.title, worldInput.description);
    expect(textOf(h, 'a[href="/k/"] text')).toBe(SCRIPT);
    expect(hostile).not.toContain('<script');
  });

  it('costs at most 3 KB gzip, with Chinese labels too', () => {
    const zh = renderWorldMap({
      ...worldInput,
      legend: { livestream: '直播城市', host: '主办城市', delegate: '代表所在国家' },
      countries: [
        { iso: 'KE', label: '肯尼亚', href: '/zh-hans/stories/li-changhong/' },
        { iso: 'TH', label: '泰国', href: '/zh-hans/stories/ding-yi/' },
        { iso: 'CA', label: '加拿大', href: '/zh-hans/stories/lyu-zhu/' },
      ],
    });
    for (const map of [svg, zh]) expect(gzipped(map), `${gzipped(map)} bytes`).toBeLessThanOrEqual(BUDGET);
  });
});
