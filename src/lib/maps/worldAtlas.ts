/**
 * Natural Earth's 1:110m countries from the world-atlas package, read from node_modules at build
 * time (never shipped to the browser), simplified for a map a few hundred pixels wide. Resolved
 * through Node's module resolution so it works from the source tree, from vitest and from
 * Astro's bundled build alike.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import isoCountries from 'i18n-iso-countries';
import { feature, merge } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { geoArea } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';

type CountryGeometry = Polygon | MultiPolygon;
type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

export interface WorldAtlas {
  /** All land except Antarctica, as one shape: no borders between countries. */
  land: MultiPolygon;
  /** A country by its ISO 3166-1 alpha-2 ("KE") or numeric ("404") code, or undefined. */
  country(iso: string): Feature<CountryGeometry, { name: string }> | undefined;
}

const ANTARCTICA = '010';
/** Share of the points kept: enough for the continents' shapes at 720 units wide, no more. */
const KEEP = 0.08;
/** Islands smaller than this (steradians; about 8,000 km²) are left off the land: specks. */
const MIN_ISLAND = 2e-4;

/** world-atlas ids are ISO numeric; content speaks alpha-2. Any ISO country works, no table. */
export function isoNumeric(code: string): string | undefined {
  const trimmed = code.trim();
  return /^\d{1,3}$/.test(trimmed) ? trimmed.padStart(3, '0') : isoCountries.alpha2ToNumeric(trimmed.toUpperCase());
}

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
  const presimplified = presimplify(parsed);
  const topology = simplify(presimplified, quantile(presimplified, KEEP));
  const countries = topology.objects.countries;
  const merged = merge(
    topology,
    countries.geometries.filter(
      (g): g is typeof g & { type: 'Polygon' | 'MultiPolygon' } =>
        (g.type === 'Polygon' || g.type === 'MultiPolygon') && g.id !== ANTARCTICA,
    ),
  );
  // Islands too small to see are left off the land (a small delegate country keeps its shape).
  const land: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: merged.coordinates.filter((p) => geoArea({ type: 'Polygon', coordinates: p }) >= MIN_ISLAND),
  };
  return {
    land,
    country(iso) {
      const id = isoNumeric(iso);
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
