/**
 * Keyboard use: every interactive element reachable by Tab, in document order, with a visible
 * focus ring. A page per template, the locales taking turns (a template's controls are the same in
 * every locale; each locale is tabbed through once), and every locale's home page.
 */
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

/**
 * Tabs through the page once: a `focusin` listener in the page records each focused element and
 * whether its focus is visible (a `focusout` to nothing, i.e. focus leaving the controls, records
 * null), so the Tabs go out without a round trip each and the log is read once. `presses` is one
 * more than the controls expected: enough to leave the last one, and to show a stop too many.
 */
async function tabThrough(tab: Page, presses: number): Promise<Stop[]> {
  await tab.evaluate(() => {
    const log: Array<Stop | null> = [];
    (window as unknown as { __tabStops: Array<Stop | null> }).__tabStops = log;
    document.addEventListener('focusin', (event) => {
      const el = event.target as HTMLElement;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      log.push({ key: el.dataset.tabKey ?? '', visibleRing: ring });
    });
    document.addEventListener('focusout', (event) => {
      if (!(event as FocusEvent).relatedTarget) log.push(null);
    });
  });
  // The key events go out together through the DevTools protocol, which delivers them in order.
  const cdp = await tab.context().newCDPSession(tab);
  const tabKey = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
  await Promise.all(
    Array.from({ length: presses }, () => [
      cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tabKey }),
      cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tabKey }),
    ]).flat(),
  );
  await cdp.detach();
  const log = await tab.evaluate(() => (window as unknown as { __tabStops: Array<Stop | null> }).__tabStops);
  const stops: Stop[] = [];
  for (const stop of log) {
    if (!stop || (stops.length > 0 && stop.key === stops[0]?.key)) break;
    stops.push(stop);
  }
  return stops;
}

/** Each route in one locale, the locales in turn, and every locale's home page. */
const pages = [
  ...new Set([...routes.map((route, i) => `/${localeCodes[i % localeCodes.length]}${route}`), ...localeCodes.map((l) => `/${l}/`)]),
];

describe('keyboard', () => {
  it.each(pages)(
    '%s: Tab reaches every control in order, each with a visible focus ring',
    async (path) => {
      const context = await browser().newContext();
      const tab = await context.newPage();
      await tab.goto(`${baseUrl}${path}`);
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
      const stops = await tabThrough(tab, expected.length + 1);
      expect(expected.length).toBeGreaterThan(5);
      expect(stops.map((s) => s.key)).toEqual(expected);
      expect(stops.filter((s) => !s.visibleRing)).toEqual([]);
      await context.close();
    },
    60_000,
  );
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
