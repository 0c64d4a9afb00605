/**
 * Astro integration: serves the content editor's prebuilt bundle (Decap CMS, vendored in
 * vendor/decap-cms/ by `npm run cms:vendor`) at /admin/ from our own origin, never a CDN. `astro
 * dev` serves it from there; `astro build` copies it into dist/admin/. The page is src/pages/admin/index.astro (its script starts the
 * editor with our file format). Its configuration, /admin/config.yml, is generated from the schemas
 * on each request in dev and once per build, with the hosted Git provider from the environment
 * (`CMS_REPO=owner/name npm run build`, src/lib/editor/hostedBackend.ts): nothing to regenerate by hand.
 * (Generated here rather than by an endpoint: in an endpoint, Vite would load another copy of zod.)
 */
import type { AstroIntegration } from 'astro';
import type { ServerResponse } from 'node:http';
import { copyFileSync, createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCmsConfig, renderCmsConfig } from '../lib/editor/cmsConfig';
import { editorBundleDir, editorBundleManifest } from './editorBundle';

export const editorPath = '/admin/';

/** /admin/config.yml for the environment the server or build runs in; the dev server's also finds decap-server. */
const configText = (dev: boolean) => renderCmsConfig(buildCmsConfig({ env: process.env, ...(dev ? { localBackend: true as const } : {}) }));

/** The bundle, the chunks and WebAssembly it loads on demand, and its licence notices, as the manifest lists them. */
export function editorBundleFiles(): { dir: string; files: string[] } {
  return { dir: editorBundleDir, files: Object.keys(editorBundleManifest().files) };
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The dev server's /admin/ as the build serves it: status 200 (Astro's i18n routing answers 404
 * for a page outside the locale folders, and this one is outside on purpose) and without Vite's
 * live-reload client and Astro's dev toolbar, so a save, which changes content files, does not
 * reload the editor under the editor's hands. The page's own script is still served by Vite.
 */
function editorPageAsBuilt(res: ServerResponse): void {
  const chunks: Buffer[] = [];
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  res.writeHead = ((status: number, ...rest: never[]) => {
    res.removeHeader('Content-Length');
    return writeHead(status === 404 ? 200 : status, ...rest);
  }) as typeof res.writeHead;
  // Writers may wait for a write's callback: call it (buffered is as good as written here).
  const done = (args: unknown[]) => (args.find((a) => typeof a === 'function') as (() => void) | undefined)?.();
  res.write = ((chunk: string | Uint8Array, ...args: unknown[]) => {
    chunks.push(Buffer.from(chunk));
    done(args);
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: string | Uint8Array | (() => void), ...args: unknown[]) => {
    if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
    if (typeof chunk === 'function') args.push(chunk);
    queueMicrotask(() => done(args));
    const html = Buffer.concat(chunks)
      .toString('utf8')
      .replace(/<script type="module" src="\/@vite\/client"><\/script>/, '')
      .replace(/<script type="module" src="[^"]*dev-toolbar\/entrypoint\.js[^"]*"><\/script>/, '');
    if (!res.headersSent) {
      res.statusCode = res.statusCode === 404 ? 200 : res.statusCode;
      res.removeHeader('Content-Length');
    }
    return end(html);
  }) as typeof res.end;
}

export function adminEditor(): AstroIntegration {
  return {
    name: 'admin-editor',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const { dir, files } = editorBundleFiles();
        server.middlewares.use((req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://localhost').pathname;
          // As a static host does: /admin is the folder /admin/.
          if (path === '/admin') {
            res.writeHead(301, { Location: editorPath });
            return res.end();
          }
          if (path === `${editorPath}config.yml`) {
            res.setHeader('Content-Type', 'text/yaml; charset=utf-8');
            return res.end(configText(true));
          }
          if (path === editorPath) editorPageAsBuilt(res);
          const name = path.startsWith(editorPath) ? path.slice(editorPath.length) : '';
          if (!files.includes(name)) return next();
          res.setHeader('Content-Type', contentTypes[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream');
          createReadStream(join(dir, name)).pipe(res);
        });
      },
      'astro:build:done': ({ dir: outDir, logger }) => {
        const { dir, files } = editorBundleFiles();
        const target = join(fileURLToPath(outDir), 'admin');
        mkdirSync(target, { recursive: true });
        for (const name of files) copyFileSync(join(dir, name), join(target, name));
        writeFileSync(join(target, 'config.yml'), configText(false));
        if (!existsSync(join(target, 'index.html')))
          throw new Error('dist/admin/index.html is missing: src/pages/admin/index.astro was not built');
        logger.info(`content editor: ${files.length} files in dist${editorPath}`);
      },
    },
  };
}
