/**
 * Content with markup cannot inject into search results: a story holding <script>, <img
 * onerror> and a javascript: link is built and indexed by the real build, then searched.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/useBrowser';
import { buildWithFixtures, type FixtureBuild } from '../../scripts/lib/fixtureBuild';
import { startStaticServer, type StaticServer } from '../../scripts/lib/server';

let build: FixtureBuild;
let server: StaticServer;
const browser = useBrowser();

beforeAll(async () => {
  build = buildWithFixtures(
    { 'src/content/stories/en/unsafe-fixture.mdx': join(import.meta.dirname, '..', 'fixtures', 'unsafe', 'unsafe-fixture.mdx') },
    { pagefind: true },
  );
  expect(build.status, build.output).toBe(0);
  server = await startStaticServer({ root: build.dist });
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (build?.root) rmSync(build.root, { recursive: true, force: true });
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
