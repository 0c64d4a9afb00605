/** The small parts the maps are built from: escaping, path data, text sizes, look-ups. */
import { describe, expect, it } from 'vitest';
import { cityPosition } from '../../src/lib/maps/cityPositions';
import { delegateCountries } from '../../src/lib/maps/delegateCountries';
import { coord, ringsToPath } from '../../src/lib/maps/pathData';
import { escapeXml } from '../../src/lib/escapeXml';
import { safeHref } from '../../src/lib/maps/svgText';
import { textWidth, wrapText } from '../../src/lib/maps/textMetrics';
import { isoNumeric, worldAtlas } from '../../src/lib/maps/worldAtlas';

describe('svgText', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('lets through site paths, fragments and web URLs only', () => {
    expect(safeHref('/zh-hans/districts/xuhui/')).toBe('/zh-hans/districts/xuhui/');
    expect(safeHref('#map')).toBe('#map');
    expect(safeHref('https://example.org/?a=1&b=2')).toBe('https://example.org/?a=1&amp;b=2');
    for (const bad of ['javascript:alert(1)', ' JavaScript:x', 'data:text/html,x', '//evil.example/', 'relative/path']) {
      expect(() => safeHref(bad), bad).toThrow(/refused/);
    }
  });
});

describe('pathData', () => {
  it('writes whole units as relative steps and closes rings', () => {
    const square: Array<[number, number]> = [
      [0, 0],
      [10.2, 0],
      [10.4, 9.6],
      [0, 10],
      [0, 0],
    ];
    expect(ringsToPath([square])).toBe('M0 0l10 0 0 10-10 0z');
    expect(coord(-0.04)).toBe('0');
    expect(coord(12.345)).toBe('12.3');
  });

  it('merges points closer than minStep and drops rings that collapse', () => {
    expect(
      ringsToPath([
        [
          [0, 0],
          [0.3, 0],
          [0.3, 0.3],
        ],
      ]),
    ).toBe('');
    const ring: Array<[number, number]> = [
      [0, 0],
      [1, 0],
      [20, 0],
      [20, 20],
    ];
    expect(ringsToPath([ring], 5)).toBe('M0 0l20 0 0 20z');
  });
});

describe('textMetrics', () => {
  it('counts Chinese as a full em and Latin narrower', () => {
    expect(textWidth('浦东新区', 10)).toBe(40);
    expect(textWidth('Pudong', 10)).toBeLessThan(40);
  });

  it('wraps at spaces, Chinese between characters, and never splits one Latin word', () => {
    expect(wrapText('G60 Science and Technology Innovation Corridor', 14, 150)).toEqual([
      'G60 Science and',
      'Technology',
      'Innovation Corridor',
    ]);
    expect(wrapText('上海漕河泾新兴技术开发区', 14, 60)).toEqual(['上海漕河', '泾新兴技', '术开发区']);
    expect(wrapText('Chongming', 14, 20)).toEqual(['Chongming']);
  });
});

describe('cityPosition', () => {
  it('finds a city by its English name', () => {
    expect(cityPosition('San Francisco')).toEqual({ id: 'san-francisco', lon: -122.42, lat: 37.77 });
  });

  it('stops on an unknown city, naming it and the file to edit', () => {
    expect(() => cityPosition('Nairobi')).toThrow(/"Nairobi".*src\/lib\/maps\/cityPositions\.ts/);
  });
});

describe('isoNumeric and the atlas', () => {
  it('maps any alpha-2 code and pads numeric ones as world-atlas ids, with no table of ours', () => {
    expect(isoNumeric('KE')).toBe('404');
    expect(isoNumeric('br')).toBe('076');
    expect(isoNumeric('4')).toBe('004');
    expect(isoNumeric('ZZ')).toBeUndefined();
  });

  it('has a shape for a country no story names yet, and one land shape without Antarctica', () => {
    expect(worldAtlas().country('BR')?.properties.name).toBe('Brazil');
    const land = worldAtlas().land.coordinates;
    expect(land.length).toBeGreaterThan(10);
    expect(land.every((polygon) => polygon[0]?.every((point) => (point[1] ?? -90) > -60))).toBe(true);
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
