import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cachedFile } from '../../src/lib/media/buildCache';

describe('cachedFile', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'build-cache-'));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(root, { recursive: true, force: true });
  });

  it('makes a file once and serves it from the folder afterwards', async () => {
    const dir = join(root, 'kind');
    let made = 0;
    const make = () => (made++, Buffer.from('bytes'));
    expect((await cachedFile(dir, 'k', 'bin', make)).toString()).toBe('bytes');
    expect((await cachedFile(dir, 'k', 'bin', make)).toString()).toBe('bytes');
    expect(made).toBe(1);
    expect(await readdir(dir)).toEqual(['k.bin']);
  });

  it('still returns what it made when the folder was removed while running, and stores again', async () => {
    const dir = join(root, 'removed');
    await cachedFile(dir, 'first', 'bin', () => Buffer.from('1'));
    await rm(dir, { recursive: true });
    // The folder is gone (a cleaned cache under a running `astro dev`): the page still gets its bytes.
    expect((await cachedFile(dir, 'second', 'bin', () => Buffer.from('2'))).toString()).toBe('2');
    expect((await cachedFile(dir, 'third', 'bin', () => Buffer.from('3'))).toString()).toBe('3');
    expect((await readFile(join(dir, 'third.bin'))).toString()).toBe('3');
  });

  it('returns what it made, with one warning, when the cache cannot be written at all', async () => {
    const blocker = join(root, 'a-file');
    await writeFile(blocker, 'not a folder');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const dir = join(blocker, 'og-images');
    expect((await cachedFile(dir, 'x', 'png', () => Buffer.from('png'))).toString()).toBe('png');
    expect((await cachedFile(dir, 'y', 'png', () => Buffer.from('png2'))).toString()).toBe('png2');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain(dir);
  });
});
