/**
 * Where the key sites' markers go on the district map. APPROXIMATE, on purpose: our sources give
 * no addresses or coordinates, so each point is derived from the district outline in
 * src/data/maps/shanghai-districts.json and only says "in this part of the district". Never
 * present these as the sites' locations.
 *
 * - Caohejing Hi-Tech Park: the area centroid of the south-west quarter of Xuhui's outline (the
 *   part west and south of Xuhui's own centroid); the sources place the park in south-west Shanghai.
 * - Beiyang AI Town: the area centroid of the southernmost quarter of Xuhui's outline (by
 *   latitude); the sources place it in Xuhui's Beiyang area along the Dianpu River.
 * - G60 corridor: the area centroid of Songjiang's outline. The corridor spans nine cities; the
 *   marker stands for its Shanghai end in Songjiang, where it began.
 *
 * tests/unit/maps.test.ts checks each point lies inside its district.
 */
import type { ShanghaiDistrictId } from './shanghaiDistricts';

export interface SitePosition {
  district: ShanghaiDistrictId;
  lon: number;
  lat: number;
}

export const sitePositions = {
  'caohejing-hi-tech-park': { district: 'xuhui', lon: 121.425, lat: 31.147 },
  'beiyang-ai-town': { district: 'xuhui', lon: 121.453, lat: 31.12 },
  'g60-corridor': { district: 'songjiang', lon: 121.221, lat: 31.016 },
} as const satisfies Record<string, SitePosition>;

export type SiteWithPosition = keyof typeof sitePositions;
