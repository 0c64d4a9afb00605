/**
 * dist/ on Cloudflare Pages' own runtime (wrangler pages dev), asked as readers' browsers ask:
 * for each kind of path the status, exactly one Content-Security-Policy (the editor's only under
 * /admin/), the cache rules, the language aliases' redirects and the not-found page of each
 * language. Our own test server (tests/helpers/server.ts) must agree with it on the headers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, samplePages } from '../helpers/dist';
import { headersFor, parseHeadersFile } from '../helpers/headers';
import { startPagesDev, type PagesDevServer } from '../helpers/pagesDev';
import { localeCodes, locales } from '../../src/i18n/locales';

let host: PagesDevServer;
beforeAll(async () => {
  assertBuilt();
  host = await startPagesDev();
}, 180_000);
afterAll(async () => host?.close());

const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
// The two policies as _headers writes them (read, not restated here).
const sitePolicy = rules.find((r) => r.pattern === '/*' && r.headers['Content-Security-Policy'])?.headers['Content-Security-Policy'];
const editorPolicy = rules.find((r) => r.pattern === '/admin/*')?.headers['Content-Security-Policy'];

const get = (path: string) => fetch(`${host.url}${path}`, { redirect: 'manual' });

/** Every value of the header: Cloudflare joins several blocks' values with ", ". */
function policiesOf(response: Response): string[] {
  const value = response.headers.get('content-security-policy');
  return value ? value.split(/,\s*(?=default-src)/) : [];
}

const pages = samplePages().filter((path) => !path.endsWith('.html'));
const firstFile = (dir: string, test: (name: string) => boolean) => readdirSync(join(distDir, dir)).find(test) ?? '';
const files = [
  '/robots.txt',
  '/sitemap-index.xml',
  '/favicon.svg',
  '/en/rss.xml',
  `/_astro/${firstFile('_astro', (n) => n.endsWith('.css'))}`,
  '/pagefind/en/pagefind.js',
  '/og/en/districts/xuhui.png',
  `/qr/en/${firstFile('qr/en', (n) => n.endsWith('.png') || n.endsWith('.svg'))}`,
];

describe('Cloudflare Pages runtime (wrangler pages dev)', () => {
  it('accepts every rule of _redirects and _headers', () => {
    expect(host.output()).toMatch(/Parsed \d+ valid redirect rules/);
    expect(host.output()).not.toMatch(/invalid (redirect|header) rules?/i);
  });

  it('reads both policies from _headers', () => {
    expect(sitePolicy).toContain("default-src 'self'");
    expect(editorPolicy).toContain("'unsafe-eval'");
  });

  it.each(pages)('%s: 200, HTML, the site policy once, as our test server sends it', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(policiesOf(response)).toEqual([sitePolicy]);
    expect(headersFor(rules, path)['Content-Security-Policy']).toBe(response.headers.get('content-security-policy'));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(files)('%s: 200, the site policy once', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(policiesOf(response)).toEqual([sitePolicy]);
  });

  it('caches hashed assets for a year, the search bundle for minutes, and pages not at all', async () => {
    expect((await get(files[4] ?? '')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/pagefind/en/pagefind.js')).headers.get('cache-control')).toMatch(/max-age=300\b/);
    expect((await get('/en/')).headers.get('cache-control') ?? '').not.toMatch(/max-age=[1-9]/);
  });

  it.each(['/admin/', '/admin/decap-cms.js', '/admin/config.yml'])('%s: 200, only the editor policy, noindex', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(policiesOf(response)).toEqual([editorPolicy]);
    expect(response.headers.get('x-robots-tag')).toContain('noindex');
    expect(headersFor(rules, path)['Content-Security-Policy']).toBe(editorPolicy);
  });

  it.each(localeCodes)('/%s/…: an unknown address gets that language’s not-found page, 404, with the policy', async (code) => {
    const response = await get(`/${code}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(policiesOf(response)).toEqual([sitePolicy]);
    expect(await response.text()).toContain(`<html lang="${locales[code].tag}"`);
  });

  it.each(['/no-such-page/', '/a/b/c', '/fr/'])('%s: the root not-found page, 404, with the policy', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(policiesOf(response)).toEqual([sitePolicy]);
    expect(await response.text()).toBe(readFileSync(join(distDir, '404.html'), 'utf8'));
  });

  const aliases = localeCodes.flatMap((code) => locales[code].pathAliases.map((alias) => [alias, code] as const));
  it('has the aliases readers type: /zh/ and /zh-cn/, /zh-tw/ and /zh-hk/, /ms/', () => {
    expect(Object.fromEntries(aliases)).toEqual({ zh: 'zh-hans', 'zh-cn': 'zh-hans', 'zh-tw': 'zh-hant', 'zh-hk': 'zh-hant', ms: 'id' });
  });

  it.each(aliases)('/%s/ sends readers on to /%s/, keeping the rest of the address', async (alias, code) => {
    for (const [from, to] of [
      [`/${alias}/`, `/${code}/`],
      [`/${alias}`, `/${code}/`],
      [`/${alias}/districts/xuhui/`, `/${code}/districts/xuhui/`],
    ] as const) {
      const response = await get(from);
      expect(response.status, from).toBe(301);
      expect(new URL(response.headers.get('location') ?? '', host.url).pathname, from).toBe(to);
      expect((await get(to)).status, to).toBe(200);
    }
  });

  it('adds the trailing slash pages live at', async () => {
    const response = await get('/en/districts');
    expect([301, 308]).toContain(response.status);
    expect(new URL(response.headers.get('location') ?? '', host.url).pathname).toBe('/en/districts/');
  });
});
