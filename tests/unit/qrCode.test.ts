import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { cachedQrPng, qrPng, qrSvg } from '../../src/lib/media/qrCode';

const urls = [
  'https://gather-in-shanghai.example.org/en/districts/xuhui/',
  `https://gather-in-shanghai.example.org/th/stories/${'ก'.repeat(40)}/`,
];

describe('qrPng', () => {
  it.each(urls)('draws a code that decodes back to %s', (url) => {
    const image = PNG.sync.read(qrPng(url));
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(url);
  });

  it('gives every module the same whole number of pixels, within the width asked for', () => {
    const url = urls[0]!;
    const modules = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size + 4; // two-module quiet zone each side
    for (const maxWidth of [480, 200]) {
      const image = PNG.sync.read(qrPng(url, maxWidth));
      expect(image.width).toBe(image.height);
      expect(image.width).toBeLessThanOrEqual(maxWidth);
      expect(image.width % modules).toBe(0);
      expect(image.width).toBeGreaterThan(maxWidth - modules);
    }
  });

  it('writes only black and white pixels, grey-scale without alpha', () => {
    const file = qrPng(urls[0]!);
    // IHDR colour type (byte 25) 0 = grey-scale; bit depth (byte 24) 8.
    expect([file[24], file[25]]).toEqual([8, 0]);
    const { data } = PNG.sync.read(file);
    const values = new Set<number>();
    for (let i = 0; i < data.length; i += 4) values.add(data[i]!);
    expect([...values].sort((a, b) => a - b)).toEqual([0, 255]);
  });
});

describe('QR codes in the build cache', () => {
  it('draws both files of a URL at once, from one choice of mask, and serves them again without drawing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qr-cache-'));
    try {
      const [url, other] = urls as [string, string];
      const png = await cachedQrPng(url, dir);
      expect(png.equals(qrPng(url))).toBe(true);
      // The SVG was kept with it: two files for one URL.
      expect(readdirSync(dir)).toHaveLength(2);
      expect((await cachedQrPng(url, dir)).equals(png)).toBe(true);
      const svg = await qrSvg(other, 'label', dir);
      expect(svg).toContain('aria-label="label"');
      expect(readdirSync(dir)).toHaveLength(4);
      await cachedQrPng(other, dir);
      expect(readdirSync(dir)).toHaveLength(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(urls)('writes the SVG qrcode itself writes for %s, the mask told rather than searched', async (url) => {
    const dir = mkdtempSync(join(tmpdir(), 'qr-cache-'));
    try {
      const own = await QRCode.toString(url, {
        errorCorrectionLevel: 'M',
        margin: 2,
        type: 'svg',
        color: { dark: '#000000', light: '#ffffff' },
      });
      const ours = await qrSvg(url, 'x', dir);
      expect(ours.replace(' role="img" aria-label="x" focusable="false"', '')).toBe(own);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
