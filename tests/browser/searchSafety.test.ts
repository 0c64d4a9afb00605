/**
 * Content with markup cannot inject into search results: a story holding <script>, <img
 * onerror> and a javascript: link is built and indexed by the real build, then searched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/useBrowser';
import { fixtureSite, fixtureSiteTimeout } from '../helpers/fixtureSite';
import { startStaticServer, type StaticServer } from '../helpers/server';

let server: StaticServer;
const browser = useBrowser();

// The story is tests/fixtures/site/content/stories/en/unsafe-fixture.mdx, in the shared fixture build.
beforeAll(async () => {
  server = await startStaticServer({ root: (await fixtureSite()).dist });
}, fixtureSiteTimeout);

afterAll(async () => {
  await server?.close();
});

describe('search results from unsafe content', () => {
  it('show the markup as text and run nothing', async () => {
    const context = await browser().newContext();
    const tab = await context.newPage();
    const dialogs: string[] = [];
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await tab.goto(`${server.url}/en/search/?q=alert`);
    await tab.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0);
    const results = tab.locator('[data-search-results]');
    expect(await results.locator('a').first().getAttribute('href')).toBe('/en/stories/unsafe-fixture/');
    // Only the elements the page itself creates: no <script>, <img> or <b> from content.
    const tags = await results.evaluate((el) => [...new Set([...el.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()))].sort());
    expect(tags.filter((tag) => !['li', 'h2', 'a', 'p', 'mark'].includes(tag))).toEqual([]);
    expect(await results.textContent()).toMatch(/<script>|onerror=/);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
