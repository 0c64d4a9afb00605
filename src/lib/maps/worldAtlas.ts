/**
 * Natural Earth's 1:110m countries from the world-atlas package, read from node_modules at build
 * time (never shipped to the browser) and simplified for a map a few hundred pixels wide.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import isoCountries from 'i18n-iso-countries';
import { feature, merge } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

type Country = Feature<Polygon | MultiPolygon, { name: string }>;
type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export interface WorldAtlas {
  /** All land except Antarctica, as one shape: no borders between countries. */
  land: MultiPolygon;
  /** A country by its ISO 3166-1 alpha-2 ("KE") or numeric ("404") code, or undefined. */
  country(iso: string): Country | undefined;
}

const ATLAS = 'world-atlas/countries-110m.json';
const ANTARCTICA = '010';
/** Share of the points kept: enough for the continents' shapes at 720 units wide, no more. */
const KEEP = 0.07;
/** Islands smaller than this (steradians; about 8,000 km²) are left off the land: specks. */
const MIN_ISLAND = 2e-4;

/** world-atlas ids are ISO numeric; content speaks alpha-2. Any ISO country works, no table. */
export function isoNumeric(code: string): string | undefined {
  const trimmed = code.trim();
  return /^\d{1,3}$/.test(trimmed) ? trimmed.padStart(3, '0') : isoCountries.alpha2ToNumeric(trimmed.toUpperCase());
}

/** Through Node's resolution from the project root: works from source, vitest and Astro's bundle. */
function read(): CountriesTopology {
  const path = createRequire(join(process.cwd(), 'package.json')).resolve(ATLAS);
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<CountriesTopology>;
  if (parsed.type !== 'Topology' || !Array.isArray(parsed.objects?.countries?.geometries))
    throw new Error(`${path} is not world-atlas' TopoJSON`);
  return parsed as CountriesTopology;
}

function load(): WorldAtlas {
  const full = presimplify(read());
  const topology = simplify(full, quantile(full, KEEP));
  const shapes = topology.objects.countries.geometries.filter(
    (g): g is typeof g & { type: 'Polygon' | 'MultiPolygon' } => g.type === 'Polygon' || g.type === 'MultiPolygon',
  );
  const merged = merge(
    topology,
    shapes.filter((g) => g.id !== ANTARCTICA),
  );
  // Specks are left off the land only: a small delegate country keeps its shape.
  const land: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: merged.coordinates.filter((p) => geoArea({ type: 'Polygon', coordinates: p }) >= MIN_ISLAND),
  };
  return {
    land,
    country(iso) {
      const geometry = shapes.find((g) => g.id === isoNumeric(iso));
      return geometry && (feature(topology, geometry) as Country);
    },
  };
}

let cached: WorldAtlas | undefined;

/** Parsed once per build: the file is 100 KB and every world map uses it. */
export function worldAtlas(): WorldAtlas {
  cached ??= load();
  return cached;
}
