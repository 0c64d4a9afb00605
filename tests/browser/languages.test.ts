/** The root page sends readers on, and the language picker switches and remembers. */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/useBrowser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('root redirect', () => {
  it.each([
    ['en-US', '/en/'],
    ['zh-TW', '/zh-hant/'],
    ['zh-CN', '/zh-hans/'],
    ['fr-FR', '/en/'],
  ])('a browser in %s is sent to %s', async (browserLocale, expected) => {
    const context = await browser().newContext({ locale: browserLocale });
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/`);
    await tab.waitForURL(`${baseUrl}${expected}`);
    expect(new URL(tab.url()).pathname).toBe(expected);
    await context.close();
  });

  it('shows the list of languages when JavaScript is off', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, locale: 'zh-TW' });
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/`);
    expect(new URL(tab.url()).pathname).toBe('/');
    expect(await tab.getByRole('link', { name: '繁體中文' }).getAttribute('href')).toBe('/zh-hant/');
    await context.close();
  });
});

describe('language picker', () => {
  it('switches to the same page in another language and remembers the choice', async () => {
    const context = await browser().newContext({ locale: 'en-US' });
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/en/districts/xuhui/`);
    const picker = tab.getByRole('navigation', { name: 'Read this page in another language' });
    await picker.getByRole('link', { name: '简体中文' }).click();
    await tab.waitForURL(`${baseUrl}/zh-hans/districts/xuhui/`);
    expect(await tab.locator('html').getAttribute('lang')).toBe('zh-Hans');
    expect(await tab.locator('h1').textContent()).toContain('徐汇');

    // Next visit to `/` goes to the remembered language, not the browser's English.
    await tab.goto(`${baseUrl}/`);
    await tab.waitForURL(`${baseUrl}/zh-hans/`);
    await context.close();
  });

  it('is reachable and usable by keyboard', async () => {
    const context = await browser().newContext({ locale: 'en-US' });
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/en/stories/ding-yi/`);
    for (let i = 0; i < 40; i += 1) {
      await tab.keyboard.press('Tab');
      if ((await tab.evaluate(() => document.activeElement?.textContent?.trim())) === '繁體中文') break;
    }
    await tab.keyboard.press('Enter');
    await tab.waitForURL(`${baseUrl}/zh-hant/stories/ding-yi/`);
    await context.close();
  });
});

describe('skip link', () => {
  it('is the first stop of the keyboard and moves focus to main', async () => {
    const context = await browser().newContext();
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/en/incentives/`);
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    await tab.keyboard.press('Enter');
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});

describe('not found', () => {
  it('serves the locale 404 page with status 404 for an unknown path', async () => {
    const context = await browser().newContext();
    const tab = await context.newPage();
    const response = await tab.goto(`${baseUrl}/zh-hant/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await tab.locator('html').getAttribute('lang')).toBe('zh-Hant');
    await context.close();
  });
});
