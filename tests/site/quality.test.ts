/**
 * Quality gates: the W3C Nu HTML Checker and intact links on every page; html-validate and weight
 * budgets on one page per template and locale (every page is swept by `npm run audit:site`, which
 * CI runs too).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, builtPages, samplePages } from '../helpers/dist';
import { validatePage } from '../../scripts/audit/htmlValidity';
import { nuCheck } from '../../scripts/audit/nuChecker';
import { checkFragments } from '../../scripts/audit/fragments';
import { checkLinks } from '../../scripts/audit/links';
import { budgetProblems, pageWeight } from '../../scripts/audit/weight';
import config from '../../astro.config.mjs';

beforeAll(() => assertBuilt());

const brokenSite = join(import.meta.dirname, '..', 'fixtures', 'broken-site');
const pages = builtPages();
const sample = samplePages();

describe('valid HTML (html-validate, recommended preset)', () => {
  it.each(sample)('%s has no errors', async (path) => {
    expect(await validatePage(path)).toEqual([]);
  });

  it('names the page and the problem on a page broken on purpose', async () => {
    expect(await validatePage('/', brokenSite)).toEqual([
      expect.objectContaining({ path: '/', rule: 'wcag/h37', message: expect.stringContaining('alt') }),
    ]);
  });
});

describe('valid HTML (the W3C Nu HTML Checker, vnu.jar)', () => {
  // One Java process for all pages: a few seconds, so every page, not a sample.
  it('every page has no errors', async () => {
    expect(await nuCheck(pages)).toEqual([]);
  }, 120_000);

  it('names the page, line and problem on pages broken on purpose', async () => {
    const problems = await nuCheck(['/en/', '/en/stray-script/'], brokenSite);
    expect(problems[0]).toEqual({ path: '/en/stray-script/', line: 11, message: 'Stray start tag “script”.' });
    expect(problems.every((p) => p.path === '/en/stray-script/')).toBe(true);
    // A Java VM starts for the checker: seconds on a quiet machine, past vitest's 5 s under a full suite.
  }, 120_000);
});

describe('links (linkinator)', () => {
  it('every internal href, src and #fragment on every page resolves', async () => {
    const { checked, broken } = await checkLinks({ canonicalOrigin: new URL(config.site ?? '').origin });
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length);
  }, 120_000);

  it('reports broken links and fragments on a site broken on purpose', async () => {
    const { broken } = await checkLinks({ root: brokenSite });
    expect(broken.map((b) => b.url)).toEqual(expect.arrayContaining(['/en/missing-page/', '/en/#no-such-fragment', '/photo.png']));
  }, 60_000);

  // linkinator 7.6 checked a fragment only if it saw the link before it fetched the target, so
  // this report depended on crawl order and once passed a broken fragment in CI.
  it('reports exactly the missing fragments, whatever order the pages are read in', () => {
    expect(checkFragments({ root: brokenSite })).toEqual({
      checked: 3,
      broken: [{ page: '/', url: '/en/#no-such-fragment' }],
    });
  });
});

describe('weight budgets (gzip, images aside)', () => {
  it.each(sample)('%s stays within budget', (path) => {
    expect(budgetProblems(pageWeight(path))).toEqual([]);
  });

  it('names the page and the budget it breaks', () => {
    expect(budgetProblems({ path: '/en/x/', html: 40_000, css: 20_000, js: 6_000, total: 66_000 })).toEqual([
      '/en/x/: 64.5 KB over the wire, budget 50 KB',
      '/en/x/: 5.9 KB of JavaScript, budget 5 KB',
    ]);
    expect(budgetProblems({ path: '/en/search/', html: 1, css: 1, js: 30_000, total: 30_002 })).toEqual([]);
  });
});
