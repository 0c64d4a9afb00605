/**
 * Screenshots of the home page at 375 px and 1280 px in every locale, kept as artefacts in
 * test-results/screenshots/ (also on failure of the map checks, to see what a reader sees).
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/useBrowser';
import { localeCodes } from '../../src/i18n/locales';

const baseUrl = inject('baseUrl');
const outDir = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const browser = useBrowser();

beforeAll(() => {
  mkdirSync(outDir, { recursive: true });
});

describe.each(localeCodes)('home page in %s', (locale) => {
  it.each([375, 1280])('%i px: the district map fits, renders and is captured', async (width) => {
    const tab = await browser().newPage({ viewport: { width, height: 900 } });
    await tab.goto(`${baseUrl}/${locale}/`);
    const map = tab.locator('svg.gis-map--districts');
    const box = await map.boundingBox();
    expect(box?.width).toBeGreaterThan(width * 0.5);
    // The page itself never scrolls sideways, whatever the map does inside its frame.
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const file = join(outDir, `home-${locale}-${width}.png`);
    await tab.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(10_000);
    await tab.close();
  });
});
