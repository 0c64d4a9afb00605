/**
 * Well-known city-centre coordinates, rounded to 0.01° (about 1 km), for markers on the world
 * map: the livestream cities of the event and Shanghai. Precise enough for a world map, not for
 * finding a venue. A city the event's content names must be here: cityPosition says so.
 */
export type CityPosition = { lon: number; lat: number };

export const cityPositions = {
  'san-francisco': { lon: -122.42, lat: 37.77 },
  vancouver: { lon: -123.12, lat: 49.28 },
  manila: { lon: 120.98, lat: 14.6 },
  jakarta: { lon: 106.85, lat: -6.21 },
  shanghai: { lon: 121.47, lat: 31.23 },
} as const satisfies Record<string, CityPosition>;

/** A city's position by its English name ("San Francisco"); an unknown city stops the build. */
export function cityPosition(englishName: string): CityPosition & { id: string } {
  const id = englishName.trim().toLowerCase().replace(/\s+/g, '-');
  const position: CityPosition | undefined = (cityPositions as Record<string, CityPosition>)[id];
  if (!position) {
    throw new Error(`No coordinates for city "${englishName}": add "${id}" with its lon/lat to src/lib/maps/cityPositions.ts`);
  }
  return { id, ...position };
}
