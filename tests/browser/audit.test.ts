/**
 * One page per template (the locales taking turns) and every locale's home page in Chromium
 * (`npm run audit:site` sweeps every page of every locale, in CI too), served with the production
 * headers (CSP included), on a wide screen and at 375 × 812 (where touch targets count), every
 * disclosure open: zero axe violations (WCAG 2.2 A/AA with target-size, best practices), zero
 * third-party requests, zero CSP violations.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowser } from '../helpers/useBrowser';
import { templateSample } from '../helpers/dist';
import { startStaticServer } from '../helpers/server';
import { auditContext, auditPage, auditPageAt, describeFindings, viewports } from '../../scripts/audit/browserAudit';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
type Screen = keyof typeof viewports;
let contexts: Record<Screen, BrowserContext>;

beforeAll(async () => {
  contexts = { wide: await auditContext(browser(), viewports.wide), narrow: await auditContext(browser(), viewports.narrow) };
});

// The pages are audited a few at a time (vitest's maxConcurrency, each in its own tab): axe waits
// on Chromium, which a single page leaves half idle. Each may take longer under that load.
describe('one page per template in Chromium', () => {
  it.concurrent.for(templateSample())(
    '%s (375 × 812, then 1280 × 720): no axe violations, third-party requests or CSP violations',
    { timeout: 90_000 },
    async (path, { expect }) => {
      // Loaded on the phone, then resized to the wide screen (scripts/audit/browserAudit.ts says why).
      const findings = await auditPageAt(contexts.narrow, baseUrl, path, [viewports.wide]);
      expect(findings.map((f) => f.viewport)).toEqual(['375×812', '1280×720']);
      for (const atScreen of findings) expect(atScreen.status).toBeLessThan(400);
      expect(findings.flatMap(describeFindings)).toEqual([]);
    },
  );

  it('serves the Content-Security-Policy the site is tested under', async () => {
    const response = await fetch(`${baseUrl}/en/`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe('a page broken on purpose', () => {
  it('fails with the page and each problem named', async () => {
    const server = await startStaticServer({ root: join(import.meta.dirname, '..', 'fixtures', 'broken-site') });
    try {
      const problems = describeFindings(await auditPage(contexts.narrow, server.url, '/'));
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^\/ \(375×812\): axe image-alt \(critical\)/),
          '/ (375×812): request to a third-party origin: https://cdn.example.com/tracker.js',
        ]),
      );
    } finally {
      await server.close();
    }
  });

  it('reports touch targets too small at 375 × 812 only, in a closed disclosure too', async () => {
    const server = await startStaticServer({ root: join(import.meta.dirname, '..', 'fixtures', 'small-targets') });
    try {
      const wide = await auditPage(contexts.wide, server.url, '/');
      const narrow = await auditPage(contexts.narrow, server.url, '/');
      expect(describeFindings(wide)).toEqual([]);
      expect(describeFindings(narrow)).toEqual([expect.stringMatching(/^\/ \(375×812\): axe target-size \(serious\)/)]);
      // A page resized finds what the same page loaded at that size finds, either way round.
      const [narrowFirst, thenWide] = await auditPageAt(contexts.narrow, server.url, '/', [viewports.wide]);
      const [wideFirst, thenNarrow] = await auditPageAt(contexts.wide, server.url, '/', [viewports.narrow]);
      expect([narrowFirst, thenWide, wideFirst, thenNarrow].map((findings) => describeFindings(findings!))).toEqual(
        [narrow, wide, wide, narrow].map(describeFindings),
      );
    } finally {
      await server.close();
    }
  });

  it('reports a CSP violation of an inline script', async () => {
    const tab = await contexts.wide.newPage();
    const server = await startStaticServer();
    try {
      // A page of ours, with an inline script injected through the DOM: CSP must block and report it.
      await tab.goto(`${server.url}/en/`);
      await tab.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__ran = true';
        document.body.append(s);
      });
      expect(await tab.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
      expect(await tab.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([
        expect.stringContaining('script-src'),
      ]);
    } finally {
      await tab.close();
      await server.close();
    }
  });
});
