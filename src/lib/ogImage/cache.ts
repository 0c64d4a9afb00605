/**
 * A content-addressed cache of Open Graph images, so a rebuild re-renders only the images whose
 * input changed (each render costs tens of milliseconds, times every page in every locale).
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OG_IMAGE_DESIGN_VERSION, renderOgImage, type OgImageInput } from './render';
import { remember } from '../remember';

/**
 * Where callers should keep the cache, relative to the project root: under node_modules/.cache,
 * the conventional place for build caches, which `npm ci` wipes and git never sees.
 */
export const DEFAULT_OG_CACHE_DIR = 'node_modules/.cache/og-images';

/**
 * The cache key: sha256 of the design version and the input. Fields are listed in a fixed order
 * and absent ones as null, so two equal inputs built in a different property order (or with an
 * explicit `undefined`) share one file.
 */
export function ogImageCacheKey(input: OgImageInput): string {
  const canonical = [
    OG_IMAGE_DESIGN_VERSION,
    input.lang,
    input.title,
    input.typeLabel,
    input.district ?? null,
    input.siteName,
    input.url ?? null,
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

// Directories made in this process: one mkdir per image was seconds of system calls at scale.
const madeDirectories = new Map<string, Promise<unknown>>();

/**
 * The PNG for `input`, from `cacheDir/<key>.png` when present, else rendered and stored there.
 * `render` is replaceable so tests can count renders; callers leave it out.
 */
export async function cachedOgImage(
  input: OgImageInput,
  cacheDir: string,
  render: (input: OgImageInput) => Promise<Buffer> = renderOgImage,
): Promise<Buffer> {
  const file = join(cacheDir, `${ogImageCacheKey(input)}.png`);
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const png = await render(input);
  await remember(madeDirectories, cacheDir, () => mkdir(cacheDir, { recursive: true }));
  // Written aside (under a name no other render shares, even at the same moment) and renamed into
  // place, so a build stopped mid-write, or a parallel build reading the same key, never sees a
  // truncated PNG.
  const partial = `${file}.${randomUUID()}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}
