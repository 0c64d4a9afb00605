import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers';
import { localeCodes } from '../../src/i18n/locales';
import { expandLocaleBlocks } from '../../src/integrations/hostFiles';

/** public/_headers as the build writes it to dist/: one block per locale where it says /[locale]/. */
const builtHeaders = () =>
  expandLocaleBlocks(readFileSync(join(import.meta.dirname, '..', '..', 'public', '_headers'), 'utf8'), localeCodes);

describe('_headers', () => {
  const rules = parseHeadersFile('# comment\n/*\n  X-A: 1\n  X-B: two: parts\n/pagefind/*\n  Cache-Control: no-cache\n/en/\n  X-A: 2\n');

  it('parses path blocks and their headers', () => {
    expect(rules).toEqual([
      { pattern: '/*', headers: { 'X-A': '1', 'X-B': 'two: parts' } },
      { pattern: '/pagefind/*', headers: { 'Cache-Control': 'no-cache' } },
      { pattern: '/en/', headers: { 'X-A': '2' } },
    ]);
  });

  it('applies every matching block, later ones winning', () => {
    expect(headersFor(rules, '/pagefind/en/pagefind.js')).toEqual({ 'X-A': '1', 'X-B': 'two: parts', 'Cache-Control': 'no-cache' });
    expect(headersFor(rules, '/en/')).toEqual({ 'X-A': '2', 'X-B': 'two: parts' });
  });

  it('writes a /[locale]/ block once per locale, keeping the blocks around it', () => {
    const out = expandLocaleBlocks('/\n  X-A: 1\n/[locale]/*\n  X-B: 2\n  X-C: 3\n/og/*\n  X-D: 4\n', ['en', 'th']);
    expect(out).toBe('/\n  X-A: 1\n/en/*\n  X-B: 2\n  X-C: 3\n/th/*\n  X-B: 2\n  X-C: 3\n/og/*\n  X-D: 4\n');
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
    // The site's policy as it was on /* before the editor came: unchanged, byte for byte.
    const sitePolicy =
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    // Hosts differ when several blocks set the same header (Cloudflare joins them: both policies
    // apply), so exactly one block may set it for any path.
    const policies = (path: string) =>
      rules.filter((r) => r.headers['Content-Security-Policy'] && headersFor([r], path)['Content-Security-Policy']).length;
    const sitePaths = [
      '/',
      '/index.html',
      '/404.html',
      '/robots.txt',
      '/sitemap-index.xml',
      '/favicon.svg',
      '/_astro/x.js',
      '/pagefind/pagefind.js',
      '/og/en/x.png',
      '/qr/en/x.svg',
      ...localeCodes.flatMap((code) => [`/${code}/`, `/${code}/districts/xuhui/`, `/${code}/search/`]),
    ];

    it.each(sitePaths)('%s: the site policy, once', (path) => {
      expect(policies(path), `${path}: a new top-level folder needs its block in public/_headers`).toBe(1);
      expect(headersFor(rules, path)['Content-Security-Policy']).toBe(sitePolicy);
    });

    it.each(['/admin/', '/admin/decap-cms.js', '/admin/config.yml'])('%s: the editor policy, once, and noindex', (path) => {
      expect(policies(path)).toBe(1);
      const headers = headersFor(rules, path);
      expect(headers['Content-Security-Policy']).not.toBe(sitePolicy);
      expect(headers['Content-Security-Policy']).toContain("script-src 'self' 'unsafe-eval';");
      expect(headers['Content-Security-Policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(headers['X-Robots-Tag']).toContain('noindex');
    });
  });
});
