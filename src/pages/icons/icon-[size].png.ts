/**
 * The installed site's PNG icons (src/lib/offline/icons.ts): the favicon drawn at 192 and 512 px,
 * its "GS" set in the repository's preview font, so every machine (and every locale shard) draws
 * the same pixels.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pngIconSizes } from '../../lib/offline/icons';
import { previewFontDir, previewFontFile } from '../../lib/media/ogImage/fontFiles';

export const getStaticPaths = (() => pngIconSizes.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute<never, { size: string }> = ({ params }) => {
  // public/ sits beside src/ in the project, above the preview fonts' folder (src/fonts/preview).
  const favicon = readFileSync(join(previewFontDir(), '..', '..', '..', 'public', 'favicon.svg'), 'utf8');
  const svg = favicon.replace(/font-family="[^"]*"/, 'font-family="Noto Sans SC"');
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: Number(params.size) },
    font: { loadSystemFonts: false, fontFiles: [previewFontFile('sc', 700)], defaultFontFamily: 'Noto Sans SC' },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
