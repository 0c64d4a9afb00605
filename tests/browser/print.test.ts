/**
 * Briefs on paper (collections marked `brief` in src/lib/collections/metadata.ts), printed by
 * Chromium to A4 and read back from the PDF (tests/helpers/briefs.ts): in each locale the brief
 * with the most text, and each collection's longest brief once more with JavaScript off (no print
 * button, no print date), the locales taking turns. Each: at most two pages; the title, the
 * sources with their dates, the last-checked date and the address in its text; the QR code
 * decoded from the top right of page 1; no navigation, search, share buttons or footer.
 * `npm run print:briefs` prints every brief of every locale (60 today: 70 s).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowser } from '../helpers/useBrowser';
import { briefPages, briefSample, longestBriefs, maxBriefPages, printBrief } from '../helpers/briefs';
import { briefCollections } from '../../src/lib/collections/metadata';
import { isLocale, localeCodes } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const briefs = briefPages();
const longest = longestBriefs(briefs);
const cases = briefSample(briefs, localeCodes).map((brief) => {
  if (!isLocale(brief.locale)) throw new Error(`${brief.path}: no locale of the site`);
  return { ...brief, locale: brief.locale, name: `${brief.collection} ${brief.path}` };
});

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

  it('has a built brief for every brief collection, and prints each collection and each locale', () => {
    expect([...longest.keys()].sort()).toEqual([...briefCollections()].sort());
    expect(new Set(cases.map((c) => c.collection))).toEqual(new Set(briefCollections()));
    expect(new Set(cases.filter((c) => c.javaScript).map((c) => c.locale))).toEqual(new Set(localeCodes));
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
