/**
 * Astro integration: offline reading (src/lib/offline/). After the build, and after the search
 * index (it lists the bundles):
 * - dist/sw.js, the service worker bundled with esbuild from src/client/serviceWorker/worker.ts,
 *   or, with offline reading off (src/lib/offline/settings.ts), retire.ts, which unregisters an
 *   installed worker. It does not depend on which locales a build makes: every shard writes the
 *   same bytes (no precache manifest; the worker caches at run time).
 * - dist/pagefind/<locale>/offline-files.json for each built locale: its search bundle's files,
 *   which the worker fetches whole when the reader opens that locale's search page.
 * - dist/icons/icon-<size>.png, the favicon drawn as PNGs for the web app manifests.
 */
import type { AstroIntegration } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLocales } from '../i18n/buildLocales';
import { previewFontFile } from '../lib/media/ogImage/fontFiles';
import { pngIconPath, pngIconSizes } from '../lib/offline/icons';
import { searchFilesPath } from '../lib/offline/plan';
import { searchBundleFiles } from '../lib/offline/searchFiles';
import { offlineReading, serviceWorkerPath } from '../lib/offline/settings';

/** The worker's source in the project. */
function workerSource(name: 'worker' | 'retire', root: string): string {
  return join(root, 'src', 'client', 'serviceWorker', `${name}.ts`);
}

/** Bundles the worker into one minified script (deterministic: same source, same bytes). */
export async function bundleWorker(root: string, enabled = offlineReading): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [workerSource(enabled ? 'worker' : 'retire', root)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    // Workbox logs its development messages unless told it is production.
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('esbuild wrote no service worker');
  return file.contents;
}

/** The favicon as a PNG `size` pixels a side, its "GS" set in the repository's preview font (the same pixels on every machine). */
export function renderIcon(faviconSvg: string, size: number): Buffer {
  const svg = faviconSvg.replace(/font-family="[^"]*"/, 'font-family="Noto Sans SC"');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false, fontFiles: [previewFontFile('sc', 700)], defaultFontFamily: 'Noto Sans SC' },
  });
  return resvg.render().asPng();
}

export function offlineReadingFiles(): AstroIntegration {
  let root = '';
  return {
    name: 'offline-reading',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const write = (path: string, bytes: string | Uint8Array) => {
          mkdirSync(dirname(join(dist, path)), { recursive: true });
          writeFileSync(join(dist, path), bytes);
        };
        const worker = await bundleWorker(root);
        write(serviceWorkerPath, worker);
        const favicon = readFileSync(join(root, 'public', 'favicon.svg'), 'utf8');
        for (const size of pngIconSizes) write(pngIconPath(size), renderIcon(favicon, size));
        const listed: string[] = [];
        for (const code of buildLocales()) {
          // No bundle without the search index (SKIP_SEARCH_INDEX=1): the worker then keeps pages only.
          if (!existsSync(join(dist, 'pagefind', code, 'pagefind-entry.json'))) continue;
          write(searchFilesPath(code), `${JSON.stringify({ files: searchBundleFiles(dist, code) })}\n`);
          listed.push(code);
        }
        logger.info(
          `${serviceWorkerPath}: ${offlineReading ? 'offline reading' : 'retiring worker (offline reading off)'}, ${worker.byteLength} bytes; search bundles listed: ${listed.join(', ') || 'none'}`,
        );
      },
    },
  };
}
