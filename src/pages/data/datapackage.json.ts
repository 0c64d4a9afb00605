/**
 * The Data Package descriptor of the open data, for every locale (src/lib/data/dataPackage.ts):
 * made from the locale table and the table definitions, so every locale shard writes the same bytes.
 */
import type { APIRoute } from 'astro';
import { dataPackageText } from '../../lib/data/dataPackage';

export const GET: APIRoute = ({ site }) =>
  new Response(dataPackageText(site ?? 'http://localhost/'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
