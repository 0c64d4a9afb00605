import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers';

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

  it('rejects a header line outside a path block', () => {
    expect(() => parseHeadersFile('  X-A: 1')).toThrow(/outside a path block/);
  });

  it("the site's CSP allows no inline script and only its own origin", () => {
    const csp = headersFor(parseHeadersFile(readFileSync(join(import.meta.dirname, '..', '..', 'public', '_headers'), 'utf8')), '/en/')[
      'Content-Security-Policy'
    ];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(csp).not.toContain('unsafe-inline');
  });
});
