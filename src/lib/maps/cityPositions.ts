/**
 * Well-known city-centre coordinates, rounded to 0.01° (about 1 km), for markers on the world
 * map: the livestream cities of the event and Shanghai. Precise enough for a world map, not for
 * finding a venue.
 */
export interface CityPosition {
  lon: number;
  lat: number;
}

export const cityPositions = {
  'san-francisco': { lon: -122.42, lat: 37.77 },
  vancouver: { lon: -123.12, lat: 49.28 },
  manila: { lon: 120.98, lat: 14.6 },
  jakarta: { lon: 106.85, lat: -6.21 },
  shanghai: { lon: 121.47, lat: 31.23 },
} as const satisfies Record<string, CityPosition>;

export type CityId = keyof typeof cityPositions;
