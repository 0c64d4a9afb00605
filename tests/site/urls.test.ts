/**
 * URLs are a promise (architecture.md): every file an earlier build published is still built.
 * The list in tests/fixtures/built-urls.txt was taken from the build before the collection
 * registry; new pages may be added, none may go. Hashed assets and index internals are left out.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir } from '../helpers/dist';

beforeAll(() => assertBuilt());

function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [`/${relative(distDir, path).split(sep).join('/')}`];
  });
}

describe('built URLs', () => {
  it('still include every file an earlier build published', () => {
    const promised = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'built-urls.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('/'));
    const built = new Set(builtFiles(distDir));
    expect(promised.length).toBeGreaterThan(500);
    expect(promised.filter((url) => !built.has(url))).toEqual([]);
  });
});
