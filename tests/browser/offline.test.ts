/**
 * Offline reading in Chromium (src/client/serviceWorker/worker.ts): a reader visits a page and the
 * search page and searches, then loses the network; the page still reads, with its styles, the
 * search page finds what the index holds for a query never asked online, and a page never visited
 * shows the locale's offline page. The site is served by a server of this file's own, on its own
 * origin, which is then closed: nothing can come from the network. Its own browser context, too,
 * so the worker it registers is gone with it and other test files never meet it.
 * What a search should return is asked of the same Pagefind bundle from Node.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../helpers/useBrowser';
import { distDir } from '../helpers/dist';
import { openSearch } from '../helpers/pagefindNode';
import { startStaticServer, type StaticServer } from '../helpers/server';
import { useTranslations } from '../../src/i18n';
import { cacheNames, searchCacheName, searchFilesPath } from '../../src/lib/offline/plan';

const browser = useBrowser();
const t = useTranslations('en');
let server: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  server = await startStaticServer();
  context = await browser().newContext({ serviceWorkers: 'allow' });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
});

const resultLinks = (tab: Page) =>
  tab.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/**
 * Waits until an asynchronous check in the page holds. Not `waitForFunction`: it takes the
 * promise an async function returns for a truthy answer and stops at once, so these waits never
 * waited, and the test went offline while the worker was still keeping the bundle (it failed
 * now and then, two fragments short).
 */
async function until(what: string, check: () => Promise<boolean>, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not so within ${timeout / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function search(tab: Page, query: string): Promise<string[]> {
  await tab.getByLabel('Search the site').fill(query);
  await tab.getByRole('button', { name: 'Search', exact: true }).click();
  await tab.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0);
  return resultLinks(tab);
}

it('keeps a visited page and the search bundle: both work with the network gone', async () => {
  const searcher = await openSearch(distDir, inject('baseUrl'), 'en', 'en');
  const onlineQuery = 'lease';
  const offlineQuery = 'talent';
  const expected = (await searcher.search(offlineQuery)).map((r) => r.url);
  expect(expected.length).toBeGreaterThan(0);

  const tab = await context.newPage();
  const page = `${server.url}/en/districts/xuhui/`;
  await tab.goto(page);
  const heading = await tab.locator('h1').textContent();
  // The first page loaded before the worker ran: the registration script hands it over.
  await tab.evaluate(() => navigator.serviceWorker.ready);
  await until('the first page is kept', () =>
    tab.evaluate(async (name) => Boolean(await (await caches.open(name)).match(location.href)), cacheNames.pages),
  );

  await tab.goto(`${server.url}/en/search/`);
  expect((await search(tab, onlineQuery)).length).toBeGreaterThan(0);
  // The whole bundle, as listed at build, is kept (the search page's visit starts it).
  await until('the search bundle is kept whole', () =>
    tab.evaluate(
      async ({ list, name }) => {
        const cache = await caches.open(name);
        const listed = await cache.match(list);
        if (!listed) return false;
        const { files } = (await listed.json()) as { files: string[] };
        const kept = await Promise.all(files.filter((f) => f.startsWith('/pagefind/')).map((f) => cache.match(f)));
        return kept.every(Boolean);
      },
      { list: searchFilesPath('en'), name: searchCacheName('en') },
    ),
  );

  await context.setOffline(true);
  await server.close();

  await tab.goto(page);
  expect(await tab.locator('h1').textContent()).toBe(heading);
  // Its stylesheet came from the worker's cache too (the body is a flex column only with it).
  expect(await tab.evaluate(() => getComputedStyle(document.body).display)).toBe('flex');

  await tab.goto(`${server.url}/en/search/`);
  expect((await expected).length).toBeGreaterThan(0);
  expect(await search(tab, offlineQuery)).toEqual(await expected);

  await tab.goto(`${server.url}/en/event/`);
  expect(await tab.locator('h1').textContent()).toBe(t('offline.title'));
  // It lists the pages kept in its language, by title.
  await tab.waitForFunction(() => document.querySelectorAll('[data-saved-list] a').length > 0);
  const saved = await tab
    .locator('[data-saved-list] a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(saved).toContain('/en/districts/xuhui/');
  await tab.close();
  // A worker to install, a search bundle to fetch: more than vitest's 5 s on a loaded machine.
}, 60_000);
