/**
 * The content editor as an editor runs it (`npm run cms`), on a temporary copy of the project:
 * `astro dev` serves /admin/ and `decap-server` (Decap's local backend) reads and writes the
 * copy's files. Both on free ports, offline; the real src/content is never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { copyEnv, copyProject } from './fixtureBuild';

export interface EditorSite {
  /** The copy of the project the editor writes to. */
  root: string;
  /** Where `astro dev` serves it: `${url}/admin/` is the editor. */
  url: string;
  /** decap-server's API, for the editor's `local_backend.url`. */
  localBackendUrl: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts a process and resolves once its output matches `ready`; rejects with its output if it exits first. */
function startProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
  ready: RegExp,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${command} did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code}) before it was ready:\n${output}`));
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function startEditorSite(): Promise<EditorSite> {
  const root = copyProject();
  const [backendPort, devPort] = [await freePort(), await freePort()];
  // A dev server, as `npm run cms` runs one (not the production NODE_ENV of a copy's build).
  const env = copyEnv(root, { NODE_ENV: 'development', PORT: String(backendPort), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root });
  const server = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  const backend = await startProcess(
    process.execPath,
    [server],
    { cwd: root, env: { ...env, MODE: 'fs', LOG_LEVEL: 'info' } },
    /listening on/,
  );
  const dev = await startProcess(
    process.execPath,
    [join(root, 'node_modules', 'astro', 'astro.js'), 'dev', '--host', '127.0.0.1', '--port', String(devPort)],
    { cwd: root, env },
    new RegExp(`127\\.0\\.0\\.1:${devPort}`),
  );
  return {
    root,
    url: `http://127.0.0.1:${devPort}`,
    localBackendUrl: `http://127.0.0.1:${backendPort}/api/v1`,
    async stop() {
      await Promise.all([stopProcess(dev), stopProcess(backend)]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
