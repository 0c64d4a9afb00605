/**
 * Astro integration: writes dist/sw.js after the build, the offline-reading service worker
 * bundled with esbuild from src/client/serviceWorker/worker.ts, or, with offline reading off
 * (src/lib/offline/settings.ts), retire.ts, which unregisters an installed worker. It does not
 * depend on which locales a build makes, so every locale shard writes the same bytes (no precache
 * manifest: the worker caches at run time). The search bundles' file lists are written with the
 * bundles (src/lib/search/searchIndex.ts), the icons by src/pages/icons/, the manifests by
 * src/pages/[lang]/manifest.webmanifest.ts.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlineReading, serviceWorkerPath } from '../lib/offline/settings';

/** Bundles the worker into one minified script (deterministic: same source, same bytes). */
export async function bundleWorker(root: string, enabled = offlineReading): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [join(root, 'src', 'client', 'serviceWorker', enabled ? 'worker.ts' : 'retire.ts')],
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

export function offlineReadingFiles(): AstroIntegration {
  let root = '';
  return {
    name: 'offline-reading',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const worker = await bundleWorker(root);
        writeFileSync(join(fileURLToPath(dir), serviceWorkerPath), worker);
        logger.info(
          `${serviceWorkerPath}: ${offlineReading ? 'offline reading' : 'retiring worker (offline reading off)'}, ${worker.byteLength} bytes`,
        );
      },
    },
  };
}
