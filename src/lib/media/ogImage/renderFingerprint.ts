/**
 * What a preview image depends on besides its text and our design version: the bytes of the fonts
 * its language draws with (`npm run fonts:subset` can add a glyph an earlier image drew as a blank),
 * the ICU data that decides where Thai titles break (Intl.Segmenter, lineBreaks.ts), and the
 * installed versions of the packages that lay out, rasterise and encode it. Part of each image's
 * cache key, so a change to any of them re-renders the images it touches and nothing else.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fontFilesFor, type FontSet } from './fonts';
import { remember } from '../../remember';
import { installedPackagesRecord } from '../../markdown/renderDigest';

export const renderPackages = ['satori', '@resvg/resvg-js', 'sharp'] as const;

/** `name@version` of each render package as npm recorded it under `root` (`?` where not found). */
export function renderPackageVersions(root: string = process.cwd()): string[] {
  const record = installedPackagesRecord(root);
  const packages = record
    ? ((JSON.parse(readFileSync(join(root, record), 'utf8')) as { packages?: Record<string, { version?: string }> }).packages ?? {})
    : {};
  return renderPackages.map((name) => `${name}@${packages[`node_modules/${name}`]?.version ?? '?'}`);
}

/** sha256 of the files' bytes, in order, each with its name. */
export function filesDigest(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(basename(file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

// Once per process (npm's record is a large file), and once per font set and process (the fonts
// are megabytes): the key is taken for every image.
let environment: string | undefined;
const fingerprints = new Map<FontSet, string>();

/** The render fingerprint of a font set's images. */
export function ogRenderFingerprint(set: FontSet): string {
  environment ??= [`icu ${process.versions.icu ?? '?'}`, ...renderPackageVersions()].join(' ');
  const shared = environment;
  return remember(fingerprints, set, () => `${filesDigest(fontFilesFor(set))} ${shared}`);
}
