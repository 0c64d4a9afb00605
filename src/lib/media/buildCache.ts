/**
 * Files a build makes that a later build can reuse, keyed by what they are made from (content
 * addressed): preview images and QR codes. A rebuild after one changed entry then makes only that
 * entry's files. They live under BUILD_CACHE_DIR (default `node_modules/.cache`), one folder per
 * kind; CI keeps that folder between runs (.github/workflows/build.yml), and the benchmark and
 * test copies point it at their own folder so a "cold" build is cold.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { remember } from '../remember';

export type BuildCacheKind = 'og-images' | 'qr-codes';

/** Where a kind of file is kept, relative to the project root unless BUILD_CACHE_DIR is absolute. */
export function buildCacheDir(kind: BuildCacheKind, root: string = process.env.BUILD_CACHE_DIR ?? 'node_modules/.cache'): string {
  return join(root, kind);
}

/**
 * sha256 of the parts, in order; absent values count as null, so two equal inputs listed with an
 * explicit `undefined` or without it share one file.
 */
export function cacheKey(parts: readonly unknown[]): string {
  return createHash('sha256')
    .update(JSON.stringify(parts.map((part) => part ?? null)))
    .digest('hex');
}

// Directories made in this process: one mkdir per file was seconds of system calls at scale.
const madeDirectories = new Map<string, Promise<unknown>>();

/** `dir/<key>.<extension>` when present, else made by `make`, stored there and returned. */
export async function cachedFile(dir: string, key: string, extension: string, make: () => Buffer | Promise<Buffer>): Promise<Buffer> {
  try {
    return await readFile(join(dir, `${key}.${extension}`));
  } catch {
    // Not cached, or the cache is unreadable: either way the file is made (the cache only saves time).
  }
  const made = await make();
  await storeFile(dir, key, extension, made);
  return made;
}

const warnedDirectories = new Set<string>();

/**
 * Stores `bytes` as `dir/<key>.<extension>`, for a maker that makes two files at once. Best effort:
 * the file is already made, so a cache that cannot be written (folder deleted under a running
 * `astro dev`, disk full, read-only) costs a re-render next time, never the page; it is said once
 * per folder.
 */
export async function storeFile(dir: string, key: string, extension: string, bytes: Buffer): Promise<void> {
  const file = join(dir, `${key}.${extension}`);
  // Written aside (under a name no other write shares, even at the same moment) and renamed into
  // place, so a build stopped mid-write, or a parallel build reading the same key, never sees a
  // truncated file.
  const partial = `${file}.${randomUUID()}.tmp`;
  try {
    await remember(madeDirectories, dir, () => mkdir(dir, { recursive: true }));
    await writeFile(partial, bytes);
    await rename(partial, file);
  } catch (error) {
    // The folder may be made again by the next write (it was removed, or the disk has room again).
    madeDirectories.delete(dir);
    await rm(partial, { force: true }).catch(() => undefined);
    if (!warnedDirectories.has(dir)) {
      warnedDirectories.add(dir);
      console.warn(`[build cache] could not store ${file}: ${(error as Error).message}; it will be made again next time`);
    }
  }
}
