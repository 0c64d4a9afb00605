/**
 * A built site served by Cloudflare Pages' own runtime: `wrangler pages dev` (workerd, with the
 * host's _headers and _redirects engine), offline. Wrangler is not in the install (its 190 MB
 * would take node_modules past the 600 MB budget); npx fetches the pinned version from the npm
 * registry into its cache on first use.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { distDir } from './dist';

export const wranglerVersion = '4.86.0';
/** A date this wrangler's workerd supports; the runtime's behaviour is pinned to it. */
export const compatibilityDate = '2026-04-01';

export interface PagesDevServer {
  url: string;
  /** What wrangler printed so far (it reports invalid _redirects and _headers rules). */
  output: () => string;
  close: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startPagesDev(root = distDir, timeoutMs = 120_000): Promise<PagesDevServer> {
  root = resolve(root);
  const port = await freePort();
  const home = mkdtempSync(join(tmpdir(), 'wrangler-home-'));
  const child: ChildProcess = spawn(
    'npx',
    [
      '--yes',
      `wrangler@${wranglerVersion}`,
      'pages',
      'dev',
      root,
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      `--compatibility-date=${compatibilityDate}`,
    ],
    {
      // Its own process group, so closing stops npx, wrangler and workerd together.
      detached: true,
      // Wrangler keeps its state in ./.wrangler: in the temporary folder, not the project.
      cwd: home,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', XDG_CONFIG_HOME: home, WRANGLER_LOG_PATH: home },
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    rmSync(home, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler pages dev exited (${child.exitCode}):\n${output}`);
    try {
      await fetch(`${url}/`, { redirect: 'manual' });
      return { url, output: () => output, close };
    } catch {
      if (Date.now() > deadline) {
        await close();
        throw new Error(`wrangler pages dev did not answer on ${url} within ${timeoutMs / 1000} s:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}
