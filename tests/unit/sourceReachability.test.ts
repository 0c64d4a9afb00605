import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkReachability, reachabilityReport } from '../../src/lib/checks/sourceReachability';

// A local server answering 200, 301 (to the 200), 404, and never answering: no network needed.
let server: Server;
let base: string;
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/ok') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
    else if (req.url === '/moved') res.writeHead(301, { location: '/ok' }).end();
    else if (req.url === '/missing') res.writeHead(404).end('gone');
    // '/slow': no answer at all; the check must give up on its own.
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('checkReachability', () => {
  it('reports status, final address and time for 200, 301, 404 and a timeout', async () => {
    const now = new Date('2026-12-04T10:00:00Z');
    const results = await checkReachability(
      [
        { id: 'fine', url: `${base}/ok` },
        { id: 'moved', url: `${base}/moved` },
        { id: 'gone', url: `${base}/missing` },
        { id: 'silent', url: `${base}/slow` },
      ],
      { timeoutMs: 400, perHostDelayMs: 0, now: () => now },
    );
    expect(results).toEqual([
      {
        id: 'fine',
        url: `${base}/ok`,
        status: 200,
        finalUrl: `${base}/ok`,
        redirected: false,
        ok: true,
        error: undefined,
        checkedAt: now.toISOString(),
      },
      {
        id: 'moved',
        url: `${base}/moved`,
        status: 200,
        finalUrl: `${base}/ok`,
        redirected: true,
        ok: true,
        error: undefined,
        checkedAt: now.toISOString(),
      },
      {
        id: 'gone',
        url: `${base}/missing`,
        status: 404,
        finalUrl: `${base}/missing`,
        redirected: false,
        ok: false,
        error: 'HTTP 404',
        checkedAt: now.toISOString(),
      },
      { id: 'silent', url: `${base}/slow`, redirected: false, ok: false, error: 'no response within 400 ms', checkedAt: now.toISOString() },
    ]);
    const report = reachabilityReport(results);
    expect(report).toContain('4 sources checked, 2 not reachable.');
    expect(report.indexOf('| gone |')).toBeLessThan(report.indexOf('| fine |'));
  });

  it('pauses between requests to the same host', async () => {
    const started = Date.now();
    await checkReachability(
      [
        { id: 'a', url: `${base}/ok` },
        { id: 'b', url: `${base}/ok` },
        { id: 'c', url: `${base}/ok` },
      ],
      { perHostDelayMs: 150 },
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});

describe('npm run check:sources', () => {
  // The server runs in this process: the script must run beside it, not block it (no spawnSync).
  const run = (args: string[]) =>
    new Promise<{ status: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn('npx', ['tsx', 'scripts/check-sources.ts', ...args], { cwd: join(import.meta.dirname, '..', '..') });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout }));
    });

  it('writes the report and exits 0 even when sources fail', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gis-sources-'));
    mkdirSync(join(root, 'src', 'content'), { recursive: true });
    const record = (id: string, path: string) =>
      [
        `- id: ${id}`,
        '  kind: news',
        '  confidence: confirmed',
        `  url: ${base}${path}`,
        '  title: { en: T, zh-hans: T, zh-hant: T, th: T, id: T }',
        '  publisher: { en: P, zh-hans: P, zh-hant: P, th: P, id: P }',
        '  statements: [A statement.]',
      ].join('\n');
    writeFileSync(
      join(root, 'src', 'content', 'sources.yaml'),
      [record('fine', '/ok'), record('gone', '/missing'), record('silent', '/slow')].join('\n'),
    );
    const result = await run(['--root', root, '--timeout', '400', '--delay', '0']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('3 checked, 2 not reachable');
    const json = JSON.parse(readFileSync(join(root, 'reports', 'sources.json'), 'utf8')) as Array<{ id: string; status?: number }>;
    expect(json.map((r) => [r.id, r.status])).toEqual([
      ['fine', 200],
      ['gone', 404],
      ['silent', undefined],
    ]);
  }, 60_000);
});
