/**
 * Rebuilds the Pagefind bundles of an existing dist/ (the build does this itself, in its
 * `astro:build:done` hook); the benchmark uses it to time indexing on its own.
 */
import { join } from 'node:path';
import { buildLocales } from '../src/i18n/buildLocales';
import { writeSearchIndexes } from '../src/lib/search/searchIndex';

const counts = await writeSearchIndexes(join(import.meta.dirname, '..', 'dist'), buildLocales());
for (const [code, count] of Object.entries(counts)) console.log(`pagefind: ${code}: ${count} pages indexed`);
