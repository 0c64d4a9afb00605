/**
 * Briefs on paper: for each collection whose pages are briefs (`brief` in
 * src/lib/collections/metadata.ts), its longest entry printed by Chromium to A4 in every locale,
 * then read back from the PDF (tests/helpers/briefs.ts): at most two pages; the title, the sources
 * with their dates, the last-checked date and the address in its text; the QR code decoded from the
 * top right of page 1; no navigation, search, share buttons or footer. One locale per collection
 * prints with JavaScript off: no print button and no print date, everything else the same.
 * `npm run print:briefs` prints every brief.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowser } from '../helpers/useBrowser';
import { briefPages, longestBriefs, maxBriefPages, printBrief } from '../helpers/briefs';
import { briefCollections } from '../../src/lib/collections/metadata';
import { localeCodes } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const longest = longestBriefs(briefPages());
const cases = [...longest].flatMap(([collection, route], c) =>
  localeCodes.map((locale, l) => ({
    name: `${collection} /${locale}${route}`,
    locale,
    path: `/${locale}${route}`,
    // Each collection once without JavaScript, each time in another locale.
    javaScript: (c + l) % localeCodes.length !== 0,
  })),
);

describe('briefs on paper', () => {
  let withScripts: BrowserContext;
  let withoutScripts: BrowserContext;
  beforeAll(async () => {
    withScripts = await browser().newContext();
    withoutScripts = await browser().newContext({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await withScripts?.close();
    await withoutScripts?.close();
  });

  it('has a built brief for every brief collection', () => {
    expect([...longest.keys()].sort()).toEqual([...briefCollections()].sort());
  });

  it.concurrent.each(cases)(
    '$name prints a brief on at most two A4 pages (JavaScript: $javaScript)',
    async ({ locale, path, javaScript }) => {
      const tab = await (javaScript ? withScripts : withoutScripts).newPage();
      try {
        const printed = await printBrief(tab, `${baseUrl}${path}`, { javaScript });
        expect(printed.problems).toEqual([]);
        expect(printed.pages).toBeLessThanOrEqual(maxBriefPages);
        expect(printed.button).toBe(javaScript ? useTranslations(locale)('print.button') : null);
      } finally {
        await tab.close();
      }
    },
    90_000,
  );

  it('prints when the button is pressed', async () => {
    const tab = await withScripts.newPage();
    try {
      await tab.addInitScript(() => {
        window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
      });
      const [collection, route] = [...longest][0]!;
      await tab.goto(`${baseUrl}/en${route}`);
      await tab.getByRole('button', { name: useTranslations('en')('print.button') }).click();
      expect(await tab.locator('html').getAttribute('data-printed'), collection).toBe('yes');
    } finally {
      await tab.close();
    }
  });
});
