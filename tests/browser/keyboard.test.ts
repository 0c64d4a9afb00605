/** Keyboard use: every interactive element reachable by Tab, in document order, with a visible focus ring. */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/useBrowser';
import { localeCodes } from '../../src/i18n/locales';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const routes = ['/', '/districts/xuhui/', '/incentives/', '/stories/lyu-zhu/', '/search/'];

interface Stop {
  key: string;
  visibleRing: boolean;
}

/** Tabs through the page once; records each focused element and whether its focus is visible. */
async function tabThrough(tab: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < 200; i += 1) {
    await tab.keyboard.press('Tab');
    const stop = await tab.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      return { key: el.dataset.tabKey ?? '', visibleRing: ring };
    });
    if (!stop || (stops.length > 0 && stop.key === stops[0]?.key)) break;
    stops.push(stop);
  }
  return stops;
}

describe.each(localeCodes)('keyboard in %s', (locale) => {
  it.each(routes)(`/${locale}%s: Tab reaches every control in order, each with a visible focus ring`, async (route) => {
    const context = await browser().newContext();
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/${locale}${route}`);
    // Label every focusable element with its document position.
    const expected = await tab.evaluate(() => {
      const focusable = [
        ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'),
      ].filter(
        // Visible controls, skipping those inside a closed <details> (reachable once it is opened).
        (el) =>
          (!el.hasAttribute('disabled') &&
            el.getClientRects().length > 0 &&
            !(el.closest('details:not([open])') && el.tagName !== 'SUMMARY')) ||
          el.matches('a[href^="#main"]'),
      );
      focusable.forEach((el, i) => (el.dataset.tabKey = String(i)));
      return focusable.map((_, i) => String(i));
    });
    const stops = await tabThrough(tab);
    expect(expected.length).toBeGreaterThan(5);
    expect(stops.map((s) => s.key)).toEqual(expected);
    expect(stops.filter((s) => !s.visibleRing)).toEqual([]);
    await context.close();
  });
});

describe('main navigation by keyboard', () => {
  it('follows a navigation link with Enter', async () => {
    const context = await browser().newContext();
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/en/`);
    await tab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Incentives' }).focus();
    await tab.keyboard.press('Enter');
    await tab.waitForURL(`${baseUrl}/en/incentives/`);
    expect(await tab.locator('h1').textContent()).toBe('Incentives');
    await context.close();
  });
});
