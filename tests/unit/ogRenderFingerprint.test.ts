import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ogImageCacheKey } from '../../src/lib/media/ogImage/cache';
import { fontFilesFor } from '../../src/lib/media/ogImage/fonts';
import { filesDigest, ogRenderFingerprint, renderPackages, renderPackageVersions } from '../../src/lib/media/ogImage/renderFingerprint';
import type { OgImageInput } from '../../src/lib/media/ogImage/render';

const th: OgImageInput = { title: 'ซ่งเจียง', typeLabel: 'เขต', siteName: 'Gather in Shanghai', url: '/th/districts/songjiang/', lang: 'th' };

describe('preview-image render fingerprint', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'og-fingerprint-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("changes when one of a set's font files changes by a byte (a re-subset adds a glyph)", async () => {
    const copies = await Promise.all(
      fontFilesFor('thai').map(async (file, index) => {
        const copy = join(dir, `${index}-${file.slice(file.lastIndexOf('/') + 1)}`);
        await copyFile(file, copy);
        return copy;
      }),
    );
    const before = filesDigest(copies);
    expect(filesDigest(copies)).toBe(before);
    const last = copies.at(-1)!;
    const bytes = await readFile(last);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
    await writeFile(last, bytes);
    expect(filesDigest(copies)).not.toBe(before);
  });

  it('names the installed version of every package that draws an image', async () => {
    const versions = renderPackageVersions();
    expect(versions).toHaveLength(renderPackages.length);
    const sharp = JSON.parse(await readFile('node_modules/sharp/package.json', 'utf8')) as { version: string };
    expect(versions).toContain(`sharp@${sharp.version}`);
    expect(versions.filter((v) => v.endsWith('@?'))).toEqual([]);
  });

  it('is part of the cache key: same text, other fonts or packages, another file', () => {
    expect(ogRenderFingerprint('thai')).toContain(`icu ${process.versions.icu}`);
    expect(ogImageCacheKey(th)).toBe(ogImageCacheKey(th, ogRenderFingerprint('thai')));
    expect(ogImageCacheKey(th, `${ogRenderFingerprint('thai')} changed`)).not.toBe(ogImageCacheKey(th));
    // Chinese and Thai images draw with different fonts, so their fingerprints differ.
    expect(ogRenderFingerprint('sc')).not.toBe(ogRenderFingerprint('thai'));
  });
});
