import { defineConfig } from 'vitest/config';

/**
 * Three suites: unit (pure logic, no build), site (the real dist/ after a real build) and
 * browser (Chromium via playwright-core against the served dist/). `npm test` builds first.
 */
/** Unit test files that mock a module (vi.mock): they need their own module graph. */
const isolatedUnitFiles = ['tests/unit/catalogue.test.ts'];

export default defineConfig({
  test: {
    // Two test files at a time, one per core of CI's 2-core machine: the copies' builds run beside
    // the browser files (each starts one Chromium). The shared fixture build takes a lock.
    fileParallelism: true,
    maxWorkers: 2,
    // Test files share their worker's modules: importing the project afresh for each of ~110
    // files cost about 80 CPU-seconds, more than many files' tests. Vitest takes isolation from
    // the pool, not from a project (a project's own `isolate` is ignored), so the unit, site and
    // browser projects run on worker threads, which do not isolate; a file that mocks a module
    // runs in `unit-isolated` on forks, which do.
    poolOptions: { threads: { isolate: false } },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: isolatedUnitFiles, environment: 'node', pool: 'threads' } },
      { test: { name: 'unit-isolated', include: isolatedUnitFiles, environment: 'node', pool: 'forks' } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', pool: 'threads' } },
      // Components on their own (Astro's Container API), compiled by Astro's Vite config.
      'tests/components/vitest.config.ts',
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          pool: 'threads',
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 30_000,
          // Concurrent tests of one file (audit's pages) at most three at a time: two cores, one Chromium.
          maxConcurrency: 3,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
