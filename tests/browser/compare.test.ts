/**
 * The districts side by side in Chromium, on a phone (375 × 812, in English and Thai) and a wide screen
 * (1280 × 800): the page itself never scrolls sideways; the table and every row are shown; a table
 * wider than the screen scrolls inside its own region, and after scrolling that region to its end
 * every row heading is still on screen, in front of the cells (sticky). One tab for all of it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../helpers/useBrowser';
import type { Locale } from '../../src/i18n/locales';
import { localizedPath } from '../../src/lib/routing/localizedUrl';
import { pageRoutes } from '../../src/lib/routing/routes';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
let context: BrowserContext;
let tab: Page;

beforeAll(async () => {
  context = await browser().newContext();
  tab = await context.newPage();
});
afterAll(async () => {
  await context?.close();
});

interface Layout {
  /** The document's scroll width and its width on screen. */
  document: { scrollWidth: number; clientWidth: number };
  region: { scrollWidth: number; clientWidth: number };
  rows: number;
  rowHeadings: number;
  /** Rows with a height and a width on screen. */
  shownRows: number;
  /** Row headings that are the topmost element at their own centre, inside the region's box. */
  headingsInView: number;
}

/** Measures the page at its viewport, after scrolling the table's region to its right end. */
async function layoutOf(locale: Locale, viewport: { width: number; height: number }): Promise<Layout> {
  await tab.setViewportSize(viewport);
  await tab.goto(`${baseUrl}${localizedPath(locale, pageRoutes.compareDistricts)}`);
  return tab.evaluate(() => {
    const region = document.querySelector<HTMLElement>('section[aria-labelledby]:has(table)')!;
    region.scrollLeft = region.scrollWidth;
    const box = region.getBoundingClientRect();
    const rows = [...region.querySelectorAll('tbody tr')];
    const headings = rows.map((tr) => tr.querySelector<HTMLElement>(':scope > th[scope="row"]')).filter((th) => th !== null);
    const inView = headings.filter((th) => {
      // The page scrolls down to the heading; the region keeps its sideways scroll (scrollIntoView would undo it).
      window.scrollTo(0, th.getBoundingClientRect().top + window.scrollY);
      const r = th.getBoundingClientRect();
      const x = r.left + Math.min(r.width / 2, 20);
      const y = r.top + Math.min(r.height / 2, 20);
      const top = document.elementFromPoint(x, y);
      return r.left >= box.left - 1 && r.right <= box.right + 1 && top !== null && th.contains(top);
    });
    return {
      document: { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth },
      region: { scrollWidth: region.scrollWidth, clientWidth: region.clientWidth },
      rows: rows.length,
      rowHeadings: headings.length,
      shownRows: rows.filter((tr) => tr.getBoundingClientRect().height > 0 && tr.getBoundingClientRect().width > 0).length,
      headingsInView: inView.length,
    };
  });
}

function expectReadable(layout: Layout): void {
  expect(layout.document.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(layout.document.clientWidth);
  expect(layout.rows).toBeGreaterThan(0);
  expect(layout.rowHeadings).toBe(layout.rows);
  expect(layout.shownRows).toBe(layout.rows);
  expect(layout.headingsInView, 'row headings hidden after scrolling the table').toBe(layout.rows);
}

describe('the districts side by side in Chromium', () => {
  // English, and Thai (long words without spaces between them); the site tests check every locale's table.
  it.each(['en', 'th'] as const)(
    '%s at 375 × 812: the table scrolls in its region, never the page; its row headings stay in view',
    async (locale) => {
      const layout = await layoutOf(locale, { width: 375, height: 812 });
      expectReadable(layout);
      // Wider than a phone: its columns are reached by scrolling the region, not by squeezing them.
      expect(layout.region.scrollWidth).toBeGreaterThan(layout.region.clientWidth);
    },
  );

  it('en at 1280 × 800: the page does not scroll sideways and every row heading is shown', async () => {
    expectReadable(await layoutOf('en', { width: 1280, height: 800 }));
  });
});
