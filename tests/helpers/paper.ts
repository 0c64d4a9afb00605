/**
 * What a PDF puts on paper, read back with pdf.js (pdfjs-dist): its pages, its text, and a QR code
 * decoded from a picture of the top of its first page (drawn by pdf.js on @napi-rs/canvas, read
 * by jsQR). Chromium draws our inline SVG QR code as vector paths, not as an image, so counting
 * images would prove nothing: decoding the printed code proves it is there and says where it leads.
 */
import { createCanvas } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Paper {
  pages: number;
  /** Every page's text, in drawing order. */
  text: string;
  /** The QR code in the top right quarter of the first page, decoded; null when none is found there. */
  qr: string | null;
}

/** Resolution of the picture the QR code is read from: 2.5 × 72 dpi, about four pixels a module. */
const qrScale = 2.5;

export async function readPaper(pdf: Uint8Array, options: { qr?: boolean } = {}): Promise<Paper> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  try {
    let text = '';
    for (let n = 1; n <= doc.numPages; n += 1) {
      const content = await (await doc.getPage(n)).getTextContent();
      for (const item of content.items) if ('str' in item) text += `${item.str}${item.hasEOL ? '\n' : ''}`;
      text += '\n';
    }
    return { pages: doc.numPages, text, qr: options.qr === false ? null : await topRightQr(await doc.getPage(1)) };
  } finally {
    await doc.destroy();
  }
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<typeof getDocument>['promise']>['getPage']>>;

/** Draws only the top right quarter of a page (half its width, a quarter of its height) and decodes a QR code there. */
async function topRightQr(page: PdfPage): Promise<string | null> {
  const viewport = page.getViewport({ scale: qrScale });
  const width = Math.ceil(viewport.width / 2);
  const height = Math.ceil(viewport.height / 4);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
    transform: [1, 0, 0, 1, -width, 0],
  }).promise;
  const pixels = context.getImageData(0, 0, width, height);
  return jsQR(pixels.data, width, height)?.data ?? null;
}

/**
 * The Thai letters and marks behind the private-use code points that Thai fonts give to their
 * shifted forms (U+F700–U+F71A, the convention of Microsoft's and Apple's Thai fonts, which the
 * TLWG fonts follow): a mark moved down or left to clear a letter, ญ and ฐ without their tails.
 * Chromium's PDFs name such a glyph by that code point. In the order U+F700 … U+F71A.
 */
const thaiShiftedForms =
  '\u0e10\u0e34\u0e35\u0e36\u0e37\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e0d\u0e31\u0e4d\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e38\u0e39\u0e3a';

/**
 * Text as it can be compared with what a PDF gives back: Unicode compatibility forms folded (a
 * Kangxi radical such as ⾏ back to 行, ำ to its two parts), Thai shifted forms back to their
 * letters and marks, and no white space (a PDF breaks lines where the page did).
 */
export function comparable(text: string): string {
  return text
    .replace(/[\uf700-\uf71a]/g, (c) => thaiShiftedForms.charAt(c.charCodeAt(0) - 0xf700))
    .normalize('NFKC')
    .replace(/[\s\u00ad\u200b]/g, '');
}

const radical = /^[\u2e80-\u2eff]$/u;
const han = /^\p{Script=Han}$/u;

/**
 * Whether `wanted` is in a PDF's `text`. A CJK radical code point there stands for the ideograph
 * drawn with the same glyph (a font maps 長 and the radical ⻑ to one glyph, and the PDF names the
 * glyph by the radical; unlike Kangxi radicals, these have no compatibility mapping to fold).
 */
export function paperHas(text: string, wanted: string): boolean {
  const paper = [...comparable(text)];
  const needle = [...comparable(wanted)];
  if (needle.length === 0) return false;
  search: for (let start = 0; start + needle.length <= paper.length; start += 1) {
    for (let i = 0; i < needle.length; i += 1) {
      const printed = paper[start + i]!;
      const expected = needle[i]!;
      if (printed !== expected && !(radical.test(printed) && han.test(expected))) continue search;
    }
    return true;
  }
  return false;
}
