/**
 * The content editor at /admin/ in Chromium, as built and served with the production headers
 * (its own CSP). The built config names the hosted Git provider, which needs a login and the
 * network; the test answers the request for /admin/config.yml with the same generated
 * configuration on Decap's in-memory `test-repo` backend, and seeds that backend with the real
 * content files. Nothing test-only ships in dist/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../helpers/useBrowser';
import { buildCmsConfig, renderCmsConfig } from '../../scripts/cms/cmsConfig';
import { localeCodes } from '../../src/i18n/locales';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const config = buildCmsConfig({ backend: { name: 'test-repo' } });
const root = join(import.meta.dirname, '..', '..');

type RepoTree = { [name: string]: RepoTree | { content: string } };

/** src/content as the nested tree Decap's test backend reads from `window.repoFiles`. */
function repoFiles(): RepoTree {
  const tree: RepoTree = {};
  const files = readdirSync(join(root, 'src', 'content'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  for (const file of files) {
    const parts = relative(root, join(root, 'src', 'content', file)).split(sep);
    const name = parts.pop()!;
    let node = tree;
    for (const part of parts) node = (node[part] ??= {}) as RepoTree;
    node[name] = { content: readFileSync(join(root, 'src', 'content', file), 'utf8') };
  }
  // The backend reads single entries by walking the path, but lists a folder by looking up the
  // collection's whole folder path as one key: give it both.
  const content = (tree.src as RepoTree).content as RepoTree;
  for (const collection of Object.keys(content)) tree[`src/content/${collection}`] = content[collection]!;
  return tree;
}

let context: BrowserContext;
let tab: Page;
const consoleErrors: string[] = [];
const cspViolations: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  context = await browser().newContext({ locale: 'en-GB' });
  await context.route(`${baseUrl}/admin/config.yml`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/yaml; charset=utf-8', body: renderCmsConfig(config) }),
  );
  await context.addInitScript((files) => {
    (window as unknown as { repoFiles: unknown }).repoFiles = files;
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  }, repoFiles());
  tab = await context.newPage();
  tab.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
    if (message.text().startsWith('CSP violation')) cspViolations.push(message.text());
  });
  tab.on('pageerror', (error) => consoleErrors.push(error.message));
  tab.on('request', (request) => requests.push(request.url()));
  const response = await tab.goto(`${baseUrl}/admin/`);
  expect(response?.headers()['content-security-policy']).toContain("connect-src 'self' https://api.github.com");
  // test-repo asks for a login click, with no credentials.
  await tab.getByRole('button', { name: /login/i }).click();
  await tab.getByRole('heading', { name: 'Collections' }).waitFor({ timeout: 20_000 });
});

afterAll(async () => {
  await context.close();
});

describe('content editor', () => {
  it('is marked noindex', async () => {
    expect(await tab.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
  });

  it('lists every collection', async () => {
    for (const collection of config.collections)
      expect(await tab.getByRole('link', { name: collection.label, exact: true }).count(), collection.label).toBe(1);
  });

  it('lists the entries of a collection and opens one with all five locales side by side', async () => {
    await tab.goto(`${baseUrl}/admin/#/collections/incentives`);
    await tab.getByText('Rental discounts', { exact: false }).first().waitFor();
    await tab.goto(`${baseUrl}/admin/#/collections/incentives/entries/rental-discounts`);
    // English, the reference, on the left; a translation beside it, its locale chosen from a menu.
    await tab.getByText('Writing in EN').waitFor({ timeout: 20_000 });
    await tab.locator('input[value="租金优惠"]').first().waitFor();
    await tab.getByText('Writing in ZH-HANS').click();
    const menu = await tab.getByRole('menuitem').allInnerTexts();
    expect(menu.map((text) => text.trim().toLowerCase())).toEqual(expect.arrayContaining([...localeCodes]));
    await tab.keyboard.press('Escape');
    // Switching the right-hand pane throws in Decap 3 (decaporg/decap-cms#6307, open upstream)
    // although the switch happens; the left-hand menu is bug-free, so the Thai text is checked there.
    await tab.getByText('Writing in EN').click();
    await tab.getByRole('menuitem', { name: 'th', exact: true }).first().click();
    await tab.getByText('Writing in TH').waitFor();
    await tab.locator('input[value="ส่วนลดค่าเช่า"]').first().waitFor();
  });

  it('logs no console errors and no CSP violations', () => {
    expect(cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('makes no request to any other origin', () => {
    expect(requests.filter((url) => !url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  });
});
