/** build:merge's conflict rule, on tiny shard folders: identical duplicates merge, differing ones fail. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles, mergeShards } from '../../scripts/build-merge';

const roots: string[] = [];
/** A temporary folder for one test's shards, removed after the file's tests. */
function tempRoot(): string {
  roots.push(mkdtempSync(join(tmpdir(), 'gis-merge-')));
  return roots.at(-1)!;
}
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function shard(root: string, name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('build:merge', () => {
  it('joins disjoint locale folders and keeps one copy of files every shard wrote alike', () => {
    const root = tempRoot();
    const a = shard(root, 'a', { 'en/index.html': 'en', 'robots.txt': 'same', 'pagefind/en/x.pf_meta': 'm' });
    const b = shard(root, 'b', { 'th/index.html': 'th', 'robots.txt': 'same' });
    const result = mergeShards([a, b], join(root, 'out'));
    expect(result).toEqual({ files: 4, duplicates: 1, conflicts: [] });
    expect(listFiles(join(root, 'out'))).toEqual(['en/index.html', 'pagefind/en/x.pf_meta', 'robots.txt', 'th/index.html']);
    expect(readFileSync(join(root, 'out', 'th', 'index.html'), 'utf8')).toBe('th');
  });

  it('reports a file two shards wrote with different bytes, naming the file and both shards', () => {
    const root = tempRoot();
    const a = shard(root, 'a', { 'sitemap-0.xml': '<urlset>en</urlset>' });
    const b = shard(root, 'b', { 'sitemap-0.xml': '<urlset>th</urlset>' });
    expect(mergeShards([a, b], join(root, 'out')).conflicts).toEqual([{ file: 'sitemap-0.xml', first: a, second: b }]);
  });

  it('the command exits non-zero on a conflict and says which file and shards', () => {
    const root = tempRoot();
    const a = shard(root, 'a', { _headers: 'one' });
    const b = shard(root, 'b', { _headers: 'two' });
    const run = spawnSync('npx', ['tsx', 'scripts/build-merge.ts', a, b, '--out', join(root, 'out')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`conflict: _headers differs between ${a} and ${b}`);
  }, 30_000);

  it('refuses to merge into a folder that is not empty', () => {
    const root = tempRoot();
    const a = shard(root, 'a', { 'x.html': 'x' });
    const out = shard(root, 'out', { 'old.html': 'old' });
    expect(() => mergeShards([a], out)).toThrow(/not empty/);
  });
});
