/**
 * Natural Earth's 1:110m countries from the world-atlas package, read from node_modules at build
 * time (never shipped to the browser). Resolved through Node's module resolution so it works
 * from the source tree, from vitest and from Astro's bundled build alike.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

type CountryGeometry = Polygon | MultiPolygon;
type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

export interface WorldAtlas {
  /** All land except Antarctica, as one shape: no borders between countries. */
  land: MultiPolygon;
  /** A country by its ISO 3166-1 numeric id ("404"), or undefined. */
  country(id: string): Feature<CountryGeometry, { name: string }> | undefined;
}

const ANTARCTICA = '010';

let cached: WorldAtlas | undefined;

function isCountriesTopology(value: unknown): value is CountriesTopology {
  if (typeof value !== 'object' || value === null) return false;
  const { type, objects } = value as { type?: unknown; objects?: { countries?: { geometries?: unknown } } };
  return type === 'Topology' && Array.isArray(objects?.countries?.geometries);
}

const ATLAS = 'world-atlas/countries-110m.json';

/**
 * From this module first; then from the working directory, for a bundle written outside the
 * project (Astro's build runs from the project root).
 */
function resolveAtlas(): string {
  for (const base of [import.meta.url, pathToFileURL(join(process.cwd(), 'package.json')).href]) {
    try {
      return createRequire(base).resolve(ATLAS);
    } catch {
      // not reachable from there; try the next base
    }
  }
  throw new Error(`Cannot find ${ATLAS}: run npm install`);
}

function load(): WorldAtlas {
  const path = resolveAtlas();
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isCountriesTopology(parsed)) throw new Error(`${path} is not world-atlas' countries TopoJSON`);
  const topology = parsed;
  const countries = topology.objects.countries;
  const land = merge(
    topology,
    countries.geometries.filter(
      (g): g is typeof g & { type: 'Polygon' | 'MultiPolygon' } =>
        (g.type === 'Polygon' || g.type === 'MultiPolygon') && g.id !== ANTARCTICA,
    ),
  );
  return {
    land,
    country(id) {
      const geometry = countries.geometries.find((g) => g.id === id);
      if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return undefined;
      return feature(topology, geometry) as Feature<CountryGeometry, { name: string }>;
    },
  };
}

/** Parsed once per build: the file is 100 KB and every world map uses it. */
export function worldAtlas(): WorldAtlas {
  cached ??= load();
  return cached;
}
