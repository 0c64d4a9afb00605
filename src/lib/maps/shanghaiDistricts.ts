/**
 * Shanghai's 16 districts, decoded from the committed data (src/data/maps/shanghai-districts.json,
 * source and licence in the README beside it) into lon/lat polygons at build time.
 */
import data from '../../data/maps/shanghai-districts.json';
import { decodeEchartsRing, type LonLat } from './echartsGeoDecode';

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

export interface ShanghaiDistrict {
  id: ShanghaiDistrictId;
  /** GB/T 2260 administrative division code. */
  adcode: string;
  nameEn: string;
  nameZhHans: string;
  nameZhHant: string;
  /** Polygons of rings of [lon, lat]; no holes. */
  polygons: LonLat[][][];
}

export function isShanghaiDistrictId(value: string): value is ShanghaiDistrictId {
  return (shanghaiDistrictIds as readonly string[]).includes(value);
}

export const shanghaiDistricts: readonly ShanghaiDistrict[] = data.features.map((feature) => {
  const { id, nameEn, nameZhHans, nameZhHant } = feature.properties;
  if (!isShanghaiDistrictId(id)) throw new Error(`shanghai-districts.json: unknown district id "${id}"`);
  const { coordinates, encodeOffsets } = feature.geometry;
  const polygons = coordinates.map((rings, p) => rings.map((ring, r) => decodeEchartsRing(ring, encodeOffsets[p]?.[r] ?? [])));
  return { id, adcode: feature.id, nameEn, nameZhHans, nameZhHant, polygons };
});

export function shanghaiDistrict(id: ShanghaiDistrictId): ShanghaiDistrict {
  const district = shanghaiDistricts.find((d) => d.id === id);
  if (!district) throw new Error(`No geometry for district "${id}"`);
  return district;
}
