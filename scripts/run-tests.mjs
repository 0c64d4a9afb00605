#!/usr/bin/env node
/**
 * `npm test`: builds the site (astro + pagefind) unless SKIP_BUILD=1, runs every vitest suite
 * (unit, site, browser), prints the ten slowest test files and the time taken, and ends with one
 * line `N passed, N failed` for all suites together.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';

const started = performance.now();
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

if (process.env.SKIP_BUILD !== '1') {
  const build = run('npm', ['run', 'build']);
  if (build.status !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
const built = performance.now();

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
  // Where the time goes, so a slow new test is seen when it lands (figures, not a gate).
  const slowest = result.testResults
    .map((file) => ({ name: relative(process.cwd(), file.name), ms: file.endTime - file.startTime }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 10);
  console.log('\nSlowest test files:');
  for (const file of slowest) console.log(`  ${seconds(file.ms).padStart(8)}  ${file.name}`);
} catch {
  failed += 1;
}
if (tests.status !== 0 && failed === 0) failed = 1;
const total = performance.now() - started;
console.log(`\nnpm test took ${seconds(total)} (build ${seconds(built - started)}, tests ${seconds(total - (built - started))})`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || tests.status !== 0 ? 1 : 0);
