/**
 * The search page in Chromium: typing, filters, the URL, reload, Back, keyboard, scripts, other
 * languages. What a search should return is asked of the same Pagefind bundle from Node, never
 * listed here, so a new correct entry cannot break these tests.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../helpers/useBrowser';
import { distDir } from '../helpers/dist';
import { openSearch } from '../helpers/pagefindNode';
import { locales, type Locale } from '../../src/i18n/locales';
import { remember } from '../../src/lib/remember';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
let context: BrowserContext;

beforeAll(async () => {
  // No offline-reading worker: these tests watch and intercept the page's own requests, which a
  // worker would answer first (tests/browser/offline.test.ts tests the worker).
  context = await browser().newContext({ serviceWorkers: 'block' });
});

const searchers = new Map<Locale, ReturnType<typeof openSearch>>();
/** The first ten results the index gives for a query, as the page should list them. */
async function indexResults(locale: Locale, query: string, filters?: Record<string, string>): Promise<string[]> {
  const searcher = await remember(searchers, locale, () => openSearch(distDir, baseUrl, locale, locales[locale].tag));
  return (await searcher.search(query, filters)).map((r) => r.url);
}

const resultLinks = (tab: Page, selector = '[data-search-results] a') =>
  tab.locator(selector).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
/** The number of matches the status line announces ("14 results for …"). */
const announcedTotal = async (tab: Page) => Number((await tab.getByRole('status').textContent())?.match(/^(\d+) results?\b/)?.[1]);
const waitForResults = (tab: Page) => tab.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0);

describe('search page', () => {
  it('finds results as you type, keeps query and filters in the URL, restores them on reload and Back', async () => {
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/en/search/`);
    await tab.getByLabel('Search the site').pressSequentially('lease', { delay: 30 });
    await waitForResults(tab);
    const unfiltered = await indexResults('en', 'lease');
    expect(unfiltered.length).toBeGreaterThan(1);
    await tab.waitForURL(/\?q=lease$/);
    expect(await resultLinks(tab)).toEqual(unfiltered);
    expect(await tab.getByRole('status').textContent()).toMatch(/\d+ results for “lease”/);

    // The filters wait in a closed disclosure until the reader opens it.
    expect(await tab.getByLabel('Incentive category').isVisible()).toBe(false);
    await tab.locator('summary', { hasText: 'Narrow the results' }).click();
    await tab.getByLabel('Incentive category').selectOption('rent');
    await tab.waitForURL(/\?q=lease&category=rent$/);
    const filtered = await indexResults('en', 'lease', { category: 'rent' });
    expect(filtered.length).toBeGreaterThan(0);
    await tab.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length === n, filtered.length);
    expect(await resultLinks(tab)).toEqual(filtered);
    // One match is "1 result", not "1 results": the count picks the plural form.
    expect(await tab.getByRole('status').textContent()).toBe(
      `${filtered.length} ${filtered.length === 1 ? 'result' : 'results'} for “lease”`,
    );

    await tab.reload();
    await waitForResults(tab);
    expect(await tab.getByLabel('Search the site').inputValue()).toBe('lease');
    expect(await tab.getByLabel('Incentive category').inputValue()).toBe('rent');
    expect(await resultLinks(tab)).toEqual(filtered);

    await tab.goBack();
    await tab.waitForURL(/\?q=lease$/);
    await tab.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 1);
    expect(await tab.getByLabel('Incentive category').inputValue()).toBe('');
    await tab.close();
  });

  it('opens a shared link with filters only', async () => {
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/zh-hant/search/?type=site&district=xuhui`);
    await waitForResults(tab);
    const expected = await indexResults('zh-hant', '', { type: 'site', district: 'xuhui' });
    expect(expected.length).toBeGreaterThan(0);
    expect((await resultLinks(tab)).sort()).toEqual(expected.sort());
    await tab.close();
  });

  it('loads Pagefind only when the reader searches', async () => {
    const tab = await context.newPage();
    const pagefindRequests: string[] = [];
    tab.on('request', (request) => {
      if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
    });
    await tab.goto(`${baseUrl}/en/search/`);
    await tab.waitForLoadState('networkidle');
    expect(pagefindRequests).toEqual([]);
    await tab.getByLabel('Search the site').fill('tax');
    await waitForResults(tab);
    expect(pagefindRequests.some((url) => url.endsWith('/pagefind/en/pagefind.js'))).toBe(true);
    expect(pagefindRequests.every((url) => url.includes('/pagefind/en/'))).toBe(true);
    // Searched on the page's own thread: Pagefind's worker script is never fetched.
    expect(pagefindRequests.filter((url) => url.endsWith('/pagefind-worker.js'))).toEqual([]);
    await tab.close();
  });

  it.each([
    ['zh-hant', '资金', '資金'],
    ['zh-hans', '優惠', '优惠'],
  ] as const)('on %s, "%s" in the other script finds what "%s" finds', async (locale, query, ownScript) => {
    const expected = await indexResults(locale, ownScript);
    expect(expected.length).toBeGreaterThan(0);
    const tab = await context.newPage();
    const scripts: string[] = [];
    tab.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await tab.goto(`${baseUrl}/${locale}/search/?q=${encodeURIComponent(query)}`);
    await waitForResults(tab);
    expect(await resultLinks(tab)).toEqual(expect.arrayContaining(expected.slice(0, 3)));
    // Only the table that converts into this index's script is downloaded.
    const [wanted, unwanted] = locale === 'zh-hant' ? ['toTraditional', 'toSimplified'] : ['toSimplified', 'toTraditional'];
    expect(scripts.some((path) => path.includes(`/_astro/${wanted}.`))).toBe(true);
    expect(scripts.some((path) => path.includes(unwanted))).toBe(false);
    await tab.close();
  });

  it.each(['zh-hans', 'zh-hant'] as const)(
    'on %s, a query written alike in both scripts finds its pages without downloading a converter',
    async (locale) => {
      const query = '租金';
      const expected = await indexResults(locale, query);
      expect(expected.length).toBeGreaterThan(0);
      const tab = await context.newPage();
      const fetched: string[] = [];
      tab.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await tab.goto(`${baseUrl}/${locale}/search/?q=${encodeURIComponent(query)}`);
      await waitForResults(tab);
      expect(await resultLinks(tab)).toEqual(expect.arrayContaining(expected.slice(0, 3)));
      // It fetched the 2 KB list of the characters a converter changes, and no converter.
      expect(fetched).toContain(`/search-data/convertible-into-${locale === 'zh-hans' ? 'Hans' : 'Hant'}.txt`);
      expect(fetched.filter((path) => /\/_astro\/to(Simplified|Traditional)\./.test(path))).toEqual([]);
      await tab.close();
    },
  );

  it('when the list of convertible characters cannot be fetched, converts the query anyway', async () => {
    const expected = await indexResults('zh-hant', '資金');
    expect(expected.length).toBeGreaterThan(0);
    const tab = await context.newPage();
    await tab.route('**/search-data/convertible-into-*.txt', (route) => route.abort());
    const scripts: string[] = [];
    tab.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await tab.goto(`${baseUrl}/zh-hant/search/?q=${encodeURIComponent('资金')}`);
    await waitForResults(tab);
    expect(await resultLinks(tab)).toEqual(expect.arrayContaining(expected.slice(0, 3)));
    expect(scripts.some((path) => path.includes('/_astro/toTraditional.'))).toBe(true);
    expect(await tab.locator('[data-search-error]').isHidden()).toBe(true);
    await tab.close();
  });

  it('shows ten results, then the rest on request, moving focus to the first new one', async () => {
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/en/search/?q=shanghai`);
    await waitForResults(tab);
    const total = await announcedTotal(tab);
    // The real site must have more than one page of matches for this query, or the test proves nothing.
    expect(total).toBeGreaterThan(10);
    expect(await tab.locator('[data-search-results] li').count()).toBe(10);
    const more = tab.getByRole('button', { name: 'Show more results' });
    await more.click();
    await tab.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length === n, Math.min(total, 20));
    const focused = await tab.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
    expect(focused).toBe((await resultLinks(tab))[10]);
    expect(await more.isVisible()).toBe(total > 20);
    expect(new Set(await resultLinks(tab)).size).toBe(Math.min(total, 20));
    await tab.close();
  });

  it('drops a "Show more" still loading when a new search starts', async () => {
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/en/search/?q=shanghai`);
    await waitForResults(tab);
    // Slow the next fragments down, so the new search overtakes them.
    await tab.route('**/pagefind/en/fragment/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await tab.getByRole('button', { name: 'Show more results' }).click();
    await tab.getByLabel('Search the site').fill('lease');
    await tab.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“lease”'));
    await tab.waitForTimeout(1000); // the slowed "Show more" answers arrive meanwhile
    const links = await resultLinks(tab);
    const total = await announcedTotal(tab);
    expect(links.length).toBe(Math.min(total, 10));
    expect(new Set(links).size).toBe(links.length);
    expect(links).toEqual(await indexResults('en', 'lease'));
    expect(await tab.locator('[data-search-error]').isHidden()).toBe(true);
    await tab.close();
  });

  it('shows results in other languages, labelled, when the reader’s language has none', async () => {
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/en/search/?q=${encodeURIComponent('减税')}`);
    await tab.waitForFunction(() => !document.querySelector<HTMLElement>('[data-search-others]')?.hidden);
    expect(await tab.getByRole('heading', { name: 'Results in other languages' }).isVisible()).toBe(true);
    const others = await resultLinks(tab, '[data-search-other-results] a');
    const inChinese = [...(await indexResults('zh-hans', '减税')), ...(await indexResults('zh-hant', '減稅'))];
    expect(inChinese.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    expect(inChinese).toEqual(expect.arrayContaining(others.slice(0, 3)));
    const first = tab.locator('[data-search-other-results] li').first();
    expect(await first.getAttribute('lang')).toMatch(/^zh-Han[st]$/);
    expect(await first.textContent()).toMatch(/简体中文|繁體中文/);
    expect(await tab.getByRole('status').textContent()).toContain('No results for “减税”');
    expect(await tab.locator('[data-search-empty]').isVisible()).toBe(true);
    await tab.close();
  });

  it('works by keyboard: type, choose a filter, follow a result', async () => {
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/en/search/`);
    await tab.getByLabel('Search the site').focus();
    await tab.keyboard.type('support');
    await waitForResults(tab);
    await tab.keyboard.press('Tab'); // Search button
    await tab.keyboard.press('Tab'); // "Narrow the results"
    await tab.keyboard.press('Enter'); // opens the filters
    await tab.keyboard.press('Tab'); // Type filter
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('filter-type');
    await tab.keyboard.press('Tab'); // District filter
    await tab.keyboard.press('Tab'); // Category filter
    await tab.keyboard.press('ArrowDown'); // first category
    await tab.waitForURL(/category=/);
    // Wait for the filtered list itself, not just any results (the unfiltered ones are still shown at first).
    await tab.waitForFunction(() => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] a')];
      const searching = document.querySelector('[data-search-status]')?.textContent === 'Searching…';
      return !searching && links.length > 0 && links.every((a) => a.pathname.startsWith('/en/incentives/'));
    });
    await tab.keyboard.press('Tab'); // Sector filter
    await tab.keyboard.press('Tab'); // first result
    const target = await tab.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
    expect(target).toMatch(/^\/en\/incentives\//);
    await tab.keyboard.press('Enter');
    await tab.waitForURL(`${baseUrl}${target}`);
    await tab.close();
  });

  it('says search needs JavaScript when it is off, and lists the directories', async () => {
    const noJs = await browser().newContext({ javaScriptEnabled: false });
    const tab = await noJs.newPage();
    await tab.goto(`${baseUrl}/zh-hans/search/?q=rent`);
    expect(await tab.locator('[data-search-needs-js]').isVisible()).toBe(true);
    expect(await tab.locator('[data-search-ui]').isVisible()).toBe(false);
    expect(await tab.locator('[data-search-needs-js] a').count()).toBeGreaterThan(3);
    await noJs.close();
  });

  it('sends the header search box to the search page', async () => {
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/en/districts/`);
    await tab.getByRole('search').getByRole('searchbox').fill('visa');
    await tab.keyboard.press('Enter');
    await tab.waitForURL(`${baseUrl}/en/search/?q=visa`);
    await waitForResults(tab);
    expect(await resultLinks(tab)).toEqual(await indexResults('en', 'visa'));
    await tab.close();
  });
});
