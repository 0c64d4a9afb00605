/**
 * A reader on a phone (375 × 812): the root pages' <h1> within the top 200 px without JavaScript
 * (every other page's is measured by the audit at 375 × 812: tests/browser/audit.test.ts on a page
 * per template, `npm run audit:site` on every page), the first search result on the first screen, the header's menu and languages opening
 * by keyboard and without JavaScript, announced as disclosures. axe with them open is the audit's
 * (it opens every <details> first, on every locale's home page at 375 × 812 in audit.test.ts).
 * A failed check leaves a screenshot in test-results/phone/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../helpers/useBrowser';
import { realContent } from '../helpers/realContent';
import { samplePages } from '../helpers/dist';
import { phoneTitleBudget, viewports } from '../../scripts/audit/browserAudit';
import { locales, localeCodes, type Locale } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const phone = viewports.narrow;
const titleBudget = phoneTitleBudget;
const outDir = join(import.meta.dirname, '..', '..', 'test-results', 'phone');
const pages = samplePages();
const contexts = new Map<string, BrowserContext>();

beforeAll(() => {
  mkdirSync(outDir, { recursive: true });
});

/** One context per locale (and one without JavaScript), shared by the tests of this file. */
async function contextFor(key: Locale | 'no-js'): Promise<BrowserContext> {
  let context = contexts.get(key);
  if (!context) {
    context =
      key === 'no-js'
        ? await browser().newContext({ viewport: phone, javaScriptEnabled: false })
        : await browser().newContext({ viewport: phone, locale: locales[key].tag });
    contexts.set(key, context);
  }
  return context;
}

/** Runs `check`; when it fails, keeps what the reader saw before passing the failure on. */
async function withScreenshot(tab: Page, name: string, check: () => Promise<void>): Promise<void> {
  try {
    await check();
  } catch (error) {
    await tab.screenshot({ path: join(outDir, `${name.replace(/[^\w-]+/g, '_')}.png`), fullPage: false });
    throw error;
  }
}

/** The <h1>'s distance from the top of the page, in CSS px (there is exactly one). */
const titleTop = (tab: Page) => tab.locator('h1').evaluate((h1) => Math.round(h1.getBoundingClientRect().top + window.scrollY));

const offsets: Array<{ path: string; top: number }> = [];

/** Visits each page and records its title's offset; pages over the budget are captured. */
async function measureTitles(tab: Page, paths: readonly string[]): Promise<Array<{ path: string; top: number }>> {
  const measured = [];
  for (const path of paths) {
    await tab.goto(`${baseUrl}${path}`);
    const top = await titleTop(tab);
    measured.push({ path, top });
    if (top > titleBudget) await tab.screenshot({ path: join(outDir, `h1${path.replace(/[^\w-]+/g, '_')}.png`) });
  }
  offsets.push(...measured);
  return measured;
}

afterAll(async () => {
  const worst = offsets.reduce((a, b) => (b.top > a.top ? b : a), { path: '(none)', top: 0 });
  console.log(
    `At 375 × 812 the largest <h1> offset is ${worst.top} px (${worst.path}), over ${offsets.length} pages; budget ${titleBudget} px`,
  );
  await Promise.all([...contexts.values()].map((context) => context.close()));
});

/** A word readers of the locale search for: the first keyword of its first incentive. */
function searchTerm(locale: Locale): string {
  const [first] = realContent().list('incentives', locale);
  const term = first?.entry.data.keywords[0];
  if (!term) throw new Error(`no incentive with keywords in ${locale}`);
  return term;
}

/**
 * The accessibility tree's view of the header disclosure named `name` (Chromium's role for a
 * <summary>, "DisclosureTriangle", announced as a button that is expanded or collapsed) and the
 * names of the navigation landmarks a screen reader meets.
 */
async function disclosureState(context: BrowserContext, tab: Page, name: string) {
  const cdp = await context.newCDPSession(tab);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: Array<{
      ignored: boolean;
      role?: { value: string };
      name?: { value: string };
      properties?: Array<{ name: string; value: { value: unknown } }>;
    }>;
  };
  await cdp.detach();
  const found = nodes.filter((n) => !n.ignored && n.name?.value === name && /^DisclosureTriangle/.test(n.role?.value ?? ''));
  const navigations = nodes.filter((n) => !n.ignored && n.role?.value === 'navigation').map((n) => n.name?.value);
  return { count: found.length, expanded: found[0]?.properties?.find((p) => p.name === 'expanded')?.value.value, navigations };
}

describe.each(localeCodes)('%s on a 375 × 812 phone', (locale) => {
  it('shows the first search result on the first screen, the filters folded away', async () => {
    const tab = await (await contextFor(locale)).newPage();
    await tab.goto(`${baseUrl}/${locale}/search/`);
    await tab.locator('#search-query').fill(searchTerm(locale));
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0);
    await withScreenshot(tab, `search-${locale}`, async () => {
      const first = await tab.locator('[data-search-results] li a').first().boundingBox();
      expect(first).not.toBeNull();
      expect((first?.y ?? Infinity) + (first?.height ?? 0)).toBeLessThanOrEqual(phone.height);
      expect(await tab.locator('[data-search-filters]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    });
    await tab.close();
  });
});

describe('the search filters on a phone', () => {
  it('open by themselves when the address sets one, and keep working', async () => {
    const tab = await (await contextFor('en')).newPage();
    await tab.goto(`${baseUrl}/en/search/`);
    const category = await tab.locator('#filter-category option:not([value=""])').first().getAttribute('value');
    await tab.goto(`${baseUrl}/en/search/?category=${category}`);
    await tab.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0);
    expect(await tab.locator('[data-search-filters]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await tab.locator('#filter-category').inputValue()).toBe(category);
    await tab.close();
  });
});

describe('the phone header', () => {
  const t = useTranslations('en');

  it('opens the menu by keyboard, announced as a disclosure, and follows a link', async () => {
    const context = await contextFor('en');
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/en/districts/xuhui/`);
    await withScreenshot(tab, 'menu-keyboard', async () => {
      for (let i = 0; i < 10; i += 1) {
        await tab.keyboard.press('Tab');
        if (await tab.evaluate((label) => document.activeElement?.textContent?.trim() === label, t('site.menu'))) break;
      }
      expect(await tab.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      const closed = await disclosureState(context, tab, t('site.menu'));
      expect(closed).toMatchObject({ count: 1, expanded: false });
      // Neither the closed menu nor the wide screen's navigation (not displayed) is met.
      expect(closed.navigations).not.toContain(t('site.mainNav'));
      expect(closed.navigations).not.toContain(t('site.menu'));
      await tab.keyboard.press('Enter');
      const open = await disclosureState(context, tab, t('site.menu'));
      expect(open).toMatchObject({ count: 1, expanded: true });
      // Its navigation is named after the control that opened it.
      expect(open.navigations.filter((name) => name === t('site.menu'))).toHaveLength(1);
      expect(open.navigations).not.toContain(t('site.mainNav'));
      await tab.keyboard.press('Tab');
      const link = tab.locator(':focus');
      expect(await link.evaluate((a) => a.closest('[data-header-disclosure="menu"]') !== null)).toBe(true);
      const box = await link.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= phone.width && box.y + box.height <= phone.height).toBe(true);
      const href = await link.getAttribute('href');
      await tab.keyboard.press('Enter');
      await tab.waitForURL(`${baseUrl}${href}`);
    });
    await tab.close();
  });

  it('opens the languages with Space, one panel at a time, and both without JavaScript', async () => {
    const context = await contextFor('en');
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/en/`);
    const menu = tab.locator('[data-header-disclosure="menu"]');
    const languages = tab.locator('[data-header-disclosure="languages"]');
    const isOpen = (d: typeof menu) => d.evaluate((el) => (el as HTMLDetailsElement).open);
    await withScreenshot(tab, 'languages-keyboard', async () => {
      await menu.locator('summary').click();
      expect(await isOpen(menu)).toBe(true);
      await languages.locator('summary').focus();
      await tab.keyboard.press('Space');
      expect(await isOpen(languages)).toBe(true);
      expect(await isOpen(menu)).toBe(false);
      expect(await disclosureState(context, tab, t('site.languages'))).toMatchObject({ count: 1, expanded: true });
      expect(await languages.getByRole('link', { name: '简体中文' }).isVisible()).toBe(true);
    });
    await tab.close();

    const noJs = await (await contextFor('no-js')).newPage();
    await noJs.goto(`${baseUrl}/th/stories/ding-yi/`);
    await withScreenshot(noJs, 'menu-no-js', async () => {
      const th = useTranslations('th');
      await noJs.getByText(th('site.menu'), { exact: true }).click();
      const navigation = noJs.getByRole('navigation', { name: th('site.menu'), exact: true });
      await expect(navigation.getByRole('link').first().isVisible()).resolves.toBe(true);
      const target = navigation.getByRole('link').nth(1);
      const href = await target.getAttribute('href');
      await target.click();
      await noJs.waitForURL(`${baseUrl}${href}`);
      await noJs.locator('[data-header-disclosure="languages"] summary').click();
      await noJs.getByRole('link', { name: 'Bahasa Indonesia' }).click();
      await noJs.waitForURL(`${baseUrl}/id${href?.replace(/^\/th/, '')}`);
    });
    await noJs.close();
  });

  it('starts the root pages’ <h1> within the budget without JavaScript too', async () => {
    const tab = await (await contextFor('no-js')).newPage();
    const measured = await measureTitles(
      tab,
      pages.filter((path) => !localeCodes.some((locale) => path.startsWith(`/${locale}/`))),
    );
    await tab.close();
    expect(measured.map((m) => m.path)).toEqual(['/', '/404.html']);
    expect(measured.filter((m) => m.top > titleBudget)).toEqual([]);
  });

  it('gives way to the full header on a wide screen', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    await tab.goto(`${baseUrl}/en/`);
    expect(await tab.locator('[data-phone-header]').isVisible()).toBe(false);
    expect(
      await tab
        .getByRole('navigation', { name: t('site.mainNav') })
        .getByRole('link', { name: t('nav.districts') })
        .isVisible(),
    ).toBe(true);
    expect(await tab.getByRole('searchbox').isVisible()).toBe(true);
    await context.close();
  });
});
