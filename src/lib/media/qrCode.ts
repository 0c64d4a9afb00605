/**
 * QR codes of page addresses, made at build time with the `qrcode` package: an inline SVG for
 * the page (WeChat readers scan it, print keeps it) and SVG/PNG files to download. Both files of
 * a URL are drawn together, from one choice of mask (the slow part of making a code), and kept in
 * the build cache by the URL (src/lib/media/buildCache.ts): a page's address rarely changes, so a
 * rebuild draws only the codes of new pages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { escapeXml } from '../escapeXml';
import { PNG } from 'pngjs';
import { buildCacheDir, cachedFile, cacheKey, storeFile } from './buildCache';

const errorCorrectionLevel = 'M';
/** Quiet zone, in modules, around the code. */
const margin = 2;
const options = { errorCorrectionLevel, margin, color: { dark: '#000000', light: '#ffffff' } } as const;

type Format = 'svg' | 'png';

/**
 * A URL's cache key: the URL, our options and drawing code (bump the version when qrPng or the
 * SVG's options change) and the installed qrcode package.
 */
const QR_DESIGN_VERSION = 2;
let qrcodeVersion: string | undefined;
function codeKey(url: string): string {
  qrcodeVersion ??= (
    JSON.parse(readFileSync(createRequire(join(process.cwd(), 'package.json')).resolve('qrcode/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  return cacheKey([QR_DESIGN_VERSION, qrcodeVersion, options, url]);
}

/** Both files of a URL's code, the mask chosen once: the SVG is qrcode's own, told the mask. */
async function drawCode(url: string): Promise<Record<Format, Buffer>> {
  const code = QRCode.create(url, { errorCorrectionLevel });
  const svg = await QRCode.toString(url, { ...options, type: 'svg', version: code.version, maskPattern: code.maskPattern });
  return { svg: Buffer.from(svg), png: pngOf(code.modules) };
}

/** One file of a URL's code, from the build cache, or drawn (with the other file) and stored there. */
function cachedCode(url: string, format: Format, cacheDir: string): Promise<Buffer> {
  const key = codeKey(url);
  return cachedFile(cacheDir, key, format, async () => {
    const drawn = await drawCode(url);
    // A page's SVG is drawn first, for the page; its PNG file is asked for later.
    const other: Format = format === 'svg' ? 'png' : 'svg';
    await storeFile(cacheDir, key, other, drawn[other]);
    return drawn[format];
  });
}

/** An accessible inline SVG (role img, a label) of a URL's QR code. */
export async function qrSvg(url: string, label: string, cacheDir: string = buildCacheDir('qr-codes')): Promise<string> {
  const svg = (await cachedCode(url, 'svg', cacheDir)).toString('utf8');
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeXml(label)}" focusable="false" `);
}

/** qrPng's file, from the build cache or drawn and stored there. */
export function cachedQrPng(url: string, cacheDir: string = buildCacheDir('qr-codes')): Promise<Buffer> {
  return cachedCode(url, 'png', cacheDir);
}

/**
 * A URL's QR code as a grey-scale PNG at most `maxWidth` pixels wide, every module the same whole
 * number of pixels (sharp edges for print and scanners). Drawn here from the module matrix rather
 * than with qrcode's own PNG renderer, which writes RGBA and tries every PNG filter on every row:
 * eight times slower for a file twice the size, and a build writes one per page.
 */
export function qrPng(url: string, maxWidth = 480): Buffer {
  return pngOf(QRCode.create(url, { errorCorrectionLevel }).modules, maxWidth);
}

function pngOf(modules: QRCode.BitMatrix, maxWidth = 480): Buffer {
  const count = modules.size + margin * 2;
  const scale = Math.max(1, Math.floor(maxWidth / count));
  const side = count * scale;
  const pixels = Buffer.alloc(side * side, 0xff);
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (!modules.get(row, column)) continue;
      const left = (column + margin) * scale;
      for (let y = (row + margin) * scale; y < (row + margin + 1) * scale; y += 1) pixels.fill(0, y * side + left, y * side + left + scale);
    }
  }
  // Filter "up": rows repeat within a module, so most filtered rows are zeros and deflate well.
  const image = Object.assign(new PNG(), { width: side, height: side, data: pixels });
  return PNG.sync.write(image, { colorType: 0, inputColorType: 0, inputHasAlpha: false, filterType: 2 });
}
