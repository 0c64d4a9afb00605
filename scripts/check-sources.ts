/**
 * npm run check:sources: requests every address in the source register (src/content/sources.yaml)
 * and writes reports/sources.json and reports/sources.md (status, final URL, date checked).
 * A report, not a gate: it always exits 0, so an unreachable source never fails a build; the
 * weekly workflow (.github/workflows/sources.yml) keeps the report as an artefact.
 *
 * Options: --out <dir> (default reports), --timeout <ms> (15000), --delay <ms> between requests to one host (2000).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readRegister } from '../src/lib/content/sourceRegister';
import { checkReachability, reachabilityReport } from '../src/lib/checks/sourceReachability';
import { commandLine } from './commandLine';

async function main(): Promise<void> {
  const { values } = commandLine({
    usage: 'npm run check:sources -- [--out reports] [--timeout 15000] [--delay 2000] [--root .]',
    options: {
      out: { type: 'string', default: 'reports' },
      timeout: { type: 'string', default: '15000' },
      delay: { type: 'string', default: '2000' },
      root: { type: 'string', default: '.' },
    },
  });
  const root = resolve(values.root);
  const register = readRegister(root);
  for (const p of register.problems) console.warn(`register: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: ${p.message}`);
  const addresses = [...register.records.values()].flatMap((r) => (r.url ? [{ id: r.id, url: r.url }] : []));
  console.log(`Checking ${addresses.length} source addresses…`);
  const results = await checkReachability(addresses, { timeoutMs: Number(values.timeout), perHostDelayMs: Number(values.delay) });
  const out = resolve(root, values.out);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'sources.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(out, 'sources.md'), reachabilityReport(results));
  const failing = results.filter((r) => !r.ok);
  for (const r of failing) console.log(`  not reachable: ${r.id} ${r.url} (${r.error})`);
  console.log(`${results.length} checked, ${failing.length} not reachable; report in ${join(values.out, 'sources.md')}`);
}

// Never fail: the report says what is wrong.
main().catch((error: unknown) => {
  console.error(`check:sources could not finish: ${(error as Error).message}`);
});
