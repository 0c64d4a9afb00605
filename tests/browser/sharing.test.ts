/** Sharing in Chromium: copy link, the share sheet, tracking parameters, print, the newsletter kit. */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/useBrowser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('share panel', () => {
  it('copies the canonical link and says so', async () => {
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/en/districts/songjiang/`);
    await tab.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => tab.locator('[data-share-status]').textContent()).toBe('Link copied.');
    const canonical = await tab.locator('link[rel="canonical"]').getAttribute('href');
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await context.close();
  });

  it('falls back to selecting the address when the clipboard is refused', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/zh-hant/districts/xuhui/`);
    await tab.getByRole('button', { name: '複製連結' }).click();
    await expect.poll(() => tab.locator('[data-share-status]').textContent()).toContain('無法複製');
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('share-url');
    expect(
      await tab.evaluate(() => window.getSelection()?.toString() || (document.activeElement as HTMLInputElement).selectionEnd),
    ).toBeTruthy();
    await context.close();
  });

  it('offers the device share sheet only where there is one', async () => {
    const plain = await browser().newContext();
    const without = await plain.newPage();
    await without.goto(`${baseUrl}/en/stories/ding-yi/`);
    const hasShare = await without.evaluate(() => typeof navigator.share === 'function');
    expect(await without.locator('[data-web-share]').isVisible()).toBe(hasShare);
    await plain.close();

    const context = await browser().newContext();
    await context.addInitScript(() => {
      (window as unknown as { __shared: unknown[] }).__shared = [];
      Object.defineProperty(navigator, 'share', {
        value: (data: unknown) => ((window as unknown as { __shared: unknown[] }).__shared.push(data), Promise.resolve()),
      });
    });
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/en/stories/ding-yi/`);
    await tab.getByRole('button', { name: 'Share…' }).click();
    const shared = await tab.evaluate(() => (window as unknown as { __shared: Array<{ url: string }> }).__shared);
    expect(shared).toEqual([expect.objectContaining({ url: `https://gather-in-shanghai.example.org/en/stories/ding-yi/` })]);
    await context.close();
  });

  it('serves a link with tracking parameters, with the same canonical URL', async () => {
    const context = await browser().newContext();
    const tab = await context.newPage();
    const response = await tab.goto(
      `${baseUrl}/zh-hans/incentives/tax-incentives/?utm_source=newsletter&utm_medium=email&utm_campaign=kenya`,
    );
    expect(response?.status()).toBe(200);
    expect(await tab.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      'https://gather-in-shanghai.example.org/zh-hans/incentives/tax-incentives/',
    );
    expect(await tab.locator('#share-url').inputValue()).toBe('https://gather-in-shanghai.example.org/zh-hans/incentives/tax-incentives/');
    await context.close();
  });
});

describe('print', () => {
  it('keeps content, sources, the address and the QR code; drops navigation and share buttons', async () => {
    const context = await browser().newContext();
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/en/incentives/rental-discounts/`);
    await tab.emulateMedia({ media: 'print' });
    expect(await tab.locator('header').isVisible()).toBe(false);
    expect(await tab.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(false);
    expect(await tab.locator('h1').isVisible()).toBe(true);
    expect(await tab.locator('#sources-heading').isVisible()).toBe(true);
    // On paper twice: beside the printed address and under the sources.
    const checked = await tab.getByText('Last checked').all();
    expect(checked.length).toBeGreaterThan(0);
    for (const line of checked) expect(await line.isVisible()).toBe(true);
    expect(await tab.locator('[data-print-address] svg').isVisible()).toBe(true);
    expect(await tab.locator('[data-print-address] .print-url').textContent()).toBe(
      'https://gather-in-shanghai.example.org/en/incentives/rental-discounts/',
    );
    await context.close();
  });
});

describe('newsletter kit', () => {
  it('copies a ready-to-paste blurb with title, summary and link', async () => {
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const tab = await context.newPage();
    // The kit's page for incentives, reached from the kit as a reader would.
    await tab.goto(`${baseUrl}/en/share/`);
    await tab.locator('a[href="/en/share/incentives/"]').click();
    await tab.waitForURL(`${baseUrl}/en/share/incentives/`);
    const blurb = tab.getByLabel('Blurb for Rental discounts');
    await tab.locator('[data-copy-blurb="blurb-incentives-rental-discounts"]').click();
    const copied = await tab.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await blurb.inputValue());
    expect(copied.split('\n')).toEqual([
      'Rental discounts',
      expect.any(String),
      'https://gather-in-shanghai.example.org/en/incentives/rental-discounts/',
    ]);
    await context.close();
  });
});
