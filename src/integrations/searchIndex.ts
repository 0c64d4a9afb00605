/**
 * Astro integration: builds the Pagefind bundles in `astro:build:done`, so a plain `astro build`
 * gives a searchable site (as Starlight does). SKIP_SEARCH_INDEX=1 leaves them out, for the
 * benchmark, which times the indexing on its own (scripts/build-search-index.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildLocales } from '../i18n/buildLocales';
import { writeSearchIndexes } from '../lib/search/searchIndex';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SKIP_SEARCH_INDEX === '1') return logger.info('skipped (SKIP_SEARCH_INDEX=1)');
        const started = performance.now();
        const counts = await writeSearchIndexes(fileURLToPath(dir), buildLocales());
        const summary = Object.entries(counts).map(([code, n]) => `${code} ${n}`);
        logger.info(`Pagefind indexed ${summary.join(', ')} pages in ${((performance.now() - started) / 1000).toFixed(1)}s`);
      },
    },
  };
}
