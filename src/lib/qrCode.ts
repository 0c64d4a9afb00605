/**
 * QR codes of page addresses, made at build time with the `qrcode` package: an inline SVG for
 * the page (WeChat readers scan it, print keeps it) and SVG/PNG files to download. Each is kept
 * in the build cache by its URL (src/lib/buildCache.ts): choosing a code's mask is the slow part,
 * and a page's address rarely changes, so a rebuild draws only the codes of new pages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { escapeXml } from './escapeXml';
import { PNG } from 'pngjs';
import { remember } from './remember';
import { buildCacheDir, cachedFile, cacheKey } from './buildCache';

const errorCorrectionLevel = 'M';
/** Quiet zone, in modules, around the code. */
const margin = 2;
const options = { errorCorrectionLevel, margin, color: { dark: '#000000', light: '#ffffff' } } as const;

/**
 * Codes already drawn, by URL: each page's code is drawn for the page itself and again for its
 * download (/qr/….svg), and choosing the mask is the slow part of making a code. About 3 KB a
 * page, kept for the build: some 75 MB at 25,000 pages, small next to the build's own.
 */
const svgByUrl = new Map<string, Promise<string>>();

/**
 * What a code's drawing depends on besides its URL: our options and drawing code (bump the
 * version when qrPng changes) and the installed qrcode package.
 */
const QR_DESIGN_VERSION = 1;
let qrcodeVersion: string | undefined;
function design(format: 'svg' | 'png'): unknown[] {
  qrcodeVersion ??= (
    JSON.parse(readFileSync(createRequire(join(process.cwd(), 'package.json')).resolve('qrcode/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  return [QR_DESIGN_VERSION, qrcodeVersion, options, format];
}

/** The SVG file's code of a URL, from the build cache or drawn and stored there. */
function codeSvg(url: string, cacheDir: string): Promise<string> {
  return remember(svgByUrl, url, () =>
    cachedFile(cacheDir, cacheKey([...design('svg'), url]), 'svg', async () =>
      Buffer.from(await QRCode.toString(url, { ...options, type: 'svg' })),
    ).then((svg) => svg.toString('utf8')),
  );
}

/** An accessible inline SVG (role img, a label) of a URL's QR code. */
export async function qrSvg(url: string, label: string, cacheDir: string = buildCacheDir('qr-codes')): Promise<string> {
  const svg = await codeSvg(url, cacheDir);
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeXml(label)}" focusable="false" `);
}

/** qrPng's file, from the build cache or drawn and stored there. */
export function cachedQrPng(url: string, cacheDir: string = buildCacheDir('qr-codes')): Promise<Buffer> {
  return cachedFile(cacheDir, cacheKey([...design('png'), url]), 'png', () => qrPng(url));
}

/**
 * A URL's QR code as a grey-scale PNG at most `maxWidth` pixels wide, every module the same whole
 * number of pixels (sharp edges for print and scanners). Drawn here from the module matrix rather
 * than with qrcode's own PNG renderer, which writes RGBA and tries every PNG filter on every row:
 * eight times slower for a file twice the size, and a build writes one per page.
 */
export function qrPng(url: string, maxWidth = 480): Buffer {
  const { modules } = QRCode.create(url, { errorCorrectionLevel });
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
