import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../helpers/headers';
import { localeCodes } from '../../src/i18n/locales';
import { withoutDetachLines } from '../../src/integrations/hostFiles';

/** public/_headers, which the build copies to dist/ as it is (but on Netlify). */
const builtHeaders = () => readFileSync(join(import.meta.dirname, '..', '..', 'public', '_headers'), 'utf8');

describe('_headers', () => {
  const rules = parseHeadersFile('# comment\n/*\n  X-A: 1\n  X-B: two: parts\n/pagefind/*\n  Cache-Control: no-cache\n/en/\n  X-A: 2\n');

  it('parses path blocks and their headers', () => {
    expect(rules).toEqual([
      { pattern: '/*', headers: { 'X-A': '1', 'X-B': 'two: parts' }, detach: [] },
      { pattern: '/pagefind/*', headers: { 'Cache-Control': 'no-cache' }, detach: [] },
      { pattern: '/en/', headers: { 'X-A': '2' }, detach: [] },
    ]);
  });

  it('applies every matching block and joins a header several set, as Cloudflare does', () => {
    expect(headersFor(rules, '/pagefind/en/pagefind.js')).toEqual({ 'X-A': '1', 'X-B': 'two: parts', 'Cache-Control': 'no-cache' });
    expect(headersFor(rules, '/en/')).toEqual({ 'X-A': '1, 2', 'X-B': 'two: parts' });
  });

  it('drops a detached header as other blocks set it, keeping the detaching block’s own', () => {
    const detaching = parseHeadersFile('/*\n  X-A: 1\n  X-B: 1\n/admin/*\n  ! x-a\n  X-A: 2\n/admin/x\n  ! X-B\n');
    expect(detaching[1]?.detach).toEqual(['x-a']);
    expect(headersFor(detaching, '/en/')).toEqual({ 'X-A': '1', 'X-B': '1' });
    expect(headersFor(detaching, '/admin/')).toEqual({ 'X-A': '2', 'X-B': '1' });
    expect(headersFor(detaching, '/admin/x')).toEqual({ 'X-A': '2' });
  });

  it('gives Netlify the file without the detach lines, and nothing else changed', () => {
    const text = builtHeaders();
    const netlify = withoutDetachLines(text);
    expect(netlify).not.toMatch(/^\s+!/m);
    expect(text.split('\n').filter((line) => !netlify.split('\n').includes(line))).toEqual(['  ! Content-Security-Policy']);
  });

  it('rejects a header line outside a path block', () => {
    expect(() => parseHeadersFile('  X-A: 1')).toThrow(/outside a path block/);
  });

  it("the site's CSP allows no inline script and only its own origin", () => {
    const csp = headersFor(parseHeadersFile(builtHeaders()), '/en/')['Content-Security-Policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(csp).not.toContain('unsafe-inline');
  });

  describe('one Content-Security-Policy per path', () => {
    const rules = parseHeadersFile(builtHeaders());
    // The site's policy, byte for byte: as before the editor came, with the offline-reading
    // worker's and the web app manifests' own-origin sources.
    const sitePolicy =
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    // Cloudflare joins a header several blocks set (both policies would apply), so the value must
    // be exactly one policy; tests/site/host.test.ts asks Cloudflare's runtime the same.
    const sitePaths = [
      '/',
      '/index.html',
      '/404.html',
      '/robots.txt',
      '/sitemap-index.xml',
      '/favicon.svg',
      '/sw.js',
      '/en/manifest.webmanifest',
      '/_astro/x.js',
      '/pagefind/pagefind.js',
      '/og/en/x.png',
      '/qr/en/x.svg',
      '/no-such-page/',
      '/a/b/c',
      ...localeCodes.flatMap((code) => [`/${code}/`, `/${code}/districts/xuhui/`, `/${code}/search/`]),
    ];

    it.each(sitePaths)('%s: the site policy, once', (path) => {
      expect(headersFor(rules, path)['Content-Security-Policy']).toBe(sitePolicy);
    });

    it.each(['/admin/', '/admin/decap-cms.js', '/admin/config.yml'])('%s: the editor policy, once, and noindex', (path) => {
      const headers = headersFor(rules, path);
      expect(headers['Content-Security-Policy']).not.toBe(sitePolicy);
      expect(headers['Content-Security-Policy']).toContain("script-src 'self' 'unsafe-eval';");
      expect(headers['Content-Security-Policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(headers['X-Robots-Tag']).toContain('noindex');
    });
  });
});
