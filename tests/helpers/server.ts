/**
 * A static server for a built site that behaves like the production host: trailing-slash
 * directories, the headers of its `_headers` file (CSP included), and a 404 status with the
 * locale's not-found page for unknown paths.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { distDir } from './dist';
import { headersFor, loadHeaders } from './headers';
import { splitLocalePath } from '../../src/lib/routing/localizedUrl';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function startStaticServer(options: { root?: string; port?: number } = {}): Promise<StaticServer> {
  const root = options.root ?? distDir;
  const rules = loadHeaders(join(root, '_headers'));
  const serve = sirv(root, { dev: false, etag: true, extensions: ['html'] });
  const notFoundPage = (path: string): Buffer | string => {
    const locale = splitLocalePath(path)?.locale;
    const candidates = [locale ? join(root, locale, '404', 'index.html') : '', join(root, '404.html')].filter(Boolean);
    const found = candidates.find((file) => existsSync(file));
    return found ? readFileSync(found) : 'Not found';
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
    serve(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFoundPage(path));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
