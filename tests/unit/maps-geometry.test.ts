import { describe, expect, it } from 'vitest';
import { decodeEchartsRing } from '../../src/lib/maps/echartsGeoDecode';
import { isoNumeric } from '../../src/lib/maps/isoNumeric';
import { placeLabels } from '../../src/lib/maps/labelLayout';
import { coord, ringsToPath } from '../../src/lib/maps/pathData';
import { boxesOverlap, labelPoints, pointInPolygon, type Polygon } from '../../src/lib/maps/planarGeometry';
import { shanghaiDistrictIds, shanghaiDistricts } from '../../src/lib/maps/shanghaiDistricts';
import { escapeXml, safeHref } from '../../src/lib/maps/svgText';
import { textWidth, wrapText } from '../../src/lib/maps/textMetrics';

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
  it('writes tenths, relative steps and closes rings', () => {
    expect(
      ringsToPath([
        [
          [0, 0],
          [10, 0],
          [10.04, 10.26],
          [0, 0],
        ],
      ]),
    ).toBe('M0 0l10 0 0 10.3z');
    expect(
      ringsToPath([
        [
          [5, 5],
          [4.5, 5],
          [4.5, 4.2],
        ],
      ]),
    ).toBe('M5 5l-.5 0 0-.8z');
    expect(coord(-0.04)).toBe('0');
    expect(coord(12.345)).toBe('12.3');
  });

  it('merges points closer than minStep and drops rings that collapse', () => {
    const tiny: Array<[number, number]> = [
      [0, 0],
      [0.1, 0],
      [0.1, 0.1],
    ];
    expect(ringsToPath([tiny], { minStep: 0.5 })).toBe('');
    expect(
      ringsToPath(
        [
          [
            [0, 0],
            [0.2, 0],
            [5, 0],
            [5, 5],
          ],
        ],
        { minStep: 0.5 },
      ),
    ).toBe('M0 0l5 0 0 5z');
  });
});

describe('decodeEchartsRing', () => {
  it('starts at the offset and adds zig-zag decoded deltas in 1/1024 degree', () => {
    // "@@" is a zero step; "B" is +1 and "A" is -1 after zig-zag decoding.
    expect(decodeEchartsRing('@@BA', [121 * 1024, 31 * 1024])).toEqual([
      [121, 31],
      [121 + 1 / 1024, 31 - 1 / 1024],
    ]);
    expect(() => decodeEchartsRing('@', [0, 0])).toThrow(/Malformed/);
  });
});

describe('shanghaiDistricts', () => {
  it('holds each of the 16 districts once, inside Shanghai', () => {
    expect(shanghaiDistricts.map((d) => d.id).sort()).toEqual([...shanghaiDistrictIds].sort());
    for (const district of shanghaiDistricts) {
      expect(district.adcode).toMatch(/^31\d{4}$/);
      expect(district.nameZhHans).toMatch(/区$/);
      expect(district.nameZhHant).toMatch(/區$/);
      for (const [lon, lat] of district.polygons.flat(2)) {
        expect(lon).toBeGreaterThan(120.8);
        expect(lon).toBeLessThan(122.1);
        expect(lat).toBeGreaterThan(30.6);
        expect(lat).toBeLessThan(31.9);
      }
    }
  });
});

describe('isoNumeric', () => {
  it('maps alpha-2 codes and pads numeric ones as world-atlas ids', () => {
    expect(isoNumeric('ke')).toBe('404');
    expect(isoNumeric('36')).toBe('036');
    expect(() => isoNumeric('FR')).toThrow(/isoNumeric\.ts/);
  });
});

describe('labels', () => {
  const square: Polygon = [
    [
      [0, 0],
      [100, 0],
      [100, 100],
      [0, 100],
    ],
  ];

  it('finds label points inside a shape, and none outside the view', () => {
    const [best] = labelPoints(square);
    expect(best && pointInPolygon(best, square)).toBe(true);
    expect(labelPoints(square, { within: { x: 200, y: 200, width: 10, height: 10 } })).toEqual([]);
  });

  it('wraps at spaces, and Chinese between characters', () => {
    expect(wrapText('G60 Science and Technology Innovation Corridor', 14, 190)).toEqual([
      'G60 Science and',
      'Technology Innovation',
      'Corridor',
    ]);
    const chinese = wrapText('长三角G60科创走廊', 14, 70);
    expect(chinese.length).toBeGreaterThan(1);
    expect(chinese.join('')).toBe('长三角G60科创走廊');
    expect(chinese.every((line) => textWidth(line, 14) <= 70)).toBe(true);
    expect(wrapText('Xuhui', 14, 10)).toEqual(['Xuhui']);
  });

  it('keeps labels at one anchor apart, and drops optional ones with no room', () => {
    const bounds = { x: 0, y: 0, width: 300, height: 300 };
    const request = { text: 'Label', fontSize: 14, anchor: [150, 150] as const, gap: 6, maxWidth: 100 };
    const placed = placeLabels([request, request, request], { bounds });
    const [a, b, c] = placed;
    expect(a && b && c).toBeTruthy();
    if (a && b && c) {
      expect(boxesOverlap(a.box, b.box) || boxesOverlap(b.box, c.box) || boxesOverlap(a.box, c.box)).toBe(false);
    }
    const crowded = placeLabels(
      [
        { ...request, gap: 0 },
        { ...request, gap: 0, optional: true, centredOnly: true },
      ],
      { bounds },
    );
    expect(crowded[1]).toBeNull();
  });
});
