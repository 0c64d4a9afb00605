#!/usr/bin/env node
/**
 * `npm test`: builds the site (astro + pagefind) unless SKIP_BUILD=1, runs every vitest suite
 * (unit, site, browser) and ends with one line `N passed, N failed` for all suites together.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

if (process.env.SKIP_BUILD !== '1') {
  const build = run('npm', ['run', 'build']);
  if (build.status !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const report = join(mkdtempSync(join(tmpdir(), 'gis-tests-')), 'vitest.json');
const tests = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...process.argv.slice(2)]);

let passed = 0;
let failed = 0;
try {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed = result.numPassedTests;
  failed = result.numFailedTests + (result.numTotalTestSuites > 0 && result.success === false && result.numFailedTests === 0 ? 1 : 0);
  const skipped = result.numPendingTests + result.numTodoTests;
  // A skipped test is not a pass: nothing here may be skipped silently.
  if (skipped > 0) failed += skipped;
} catch {
  failed += 1;
}
if (tests.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || tests.status !== 0 ? 1 : 0);
