/**
 * A static server for dist/ that behaves like the production host: trailing-slash directories,
 * and a 404 status with the locale's not-found page for unknown paths.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { distDir } from './dist';
import { splitLocalePath } from '../../src/lib/localizedUrl';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function startStaticServer(port = 0): Promise<StaticServer> {
  const serve = sirv(distDir, { dev: false, etag: true, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    serve(req, res, () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const locale = splitLocalePath(path)?.locale;
      const page = locale ? join(distDir, locale, '404', 'index.html') : join(distDir, '404.html');
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(readFileSync(page));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
