/**
 * QR codes of page addresses, made at build time with the `qrcode` package: an inline SVG for
 * the page (WeChat readers scan it, print keeps it) and SVG/PNG files to download.
 */
import QRCode from 'qrcode';

const options = { errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } } as const;

/** An accessible inline SVG (role img, a label) of a URL's QR code. */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { ...options, type: 'svg' });
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" focusable="false" `);
}

export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...options, type: 'png', width: 480 });
}
