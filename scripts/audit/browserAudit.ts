/**
 * One page in Chromium: axe-core (WCAG 2.2 A/AA and best practices), requests to any origin
 * but the site's own, Content-Security-Policy violations and console errors, at one or more
 * viewports (a wide screen, and a phone's 375 × 812 where touch targets count), and on a phone
 * whether the page's <h1> starts within the first screen's top 200 px.
 *
 * A page is loaded once and resized for each next viewport: the site adapts to the screen with
 * CSS alone (no reader's script under src/ reads the viewport: tests/unit/structure.test.ts), so a
 * resized page is the page a reader on that screen loads, and a second load and axe's 0.5 MB
 * script compiled again would cost a second a page. axe comes in as an init script of the
 * context, compiled with the page, not sent through the DevTools protocol after it loads.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page, ViewportSize } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// wcag22aa brings axe's `target-size` (WCAG 2.5.8, targets of 24 × 24 CSS px or spaced so).
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** The screens every page is audited on: Playwright's default desktop and a phone. */
export const viewports = {
  wide: { width: 1280, height: 720 },
  narrow: { width: 375, height: 812 },
} as const satisfies Record<string, ViewportSize>;

/** On a phone, where the <h1> must start: below a one-line header and breadcrumb, well inside the first screen. */
export const phoneTitleBudget = 200;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface BrowserFindings {
  path: string;
  /** The viewport the page was audited at, e.g. `375×812`. */
  viewport: string;
  status: number | null;
  axe: AxeViolation[];
  thirdParty: string[];
  csp: string[];
  consoleErrors: string[];
  /** The <h1>'s distance from the top of the page in CSS px, on a phone-sized viewport only (null elsewhere, or with no <h1>). */
  phoneTitleTop: number | null;
}

interface AxeResult {
  violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
}

/** A context of `browser` at `viewport`, prepared for `auditPage`: every page in it has axe. */
export async function auditContext(browser: Browser, viewport: ViewportSize): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  // Init scripts run in every document before its own scripts and outside its CSP: axe, and a
  // record of CSP violations from the page's first script on, whatever the page itself runs.
  await context.addInitScript({ content: axeSource });
  await context.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = store;
    document.addEventListener('securitypolicyviolation', (event) =>
      store.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  return context;
}

export async function auditPage(context: BrowserContext, baseUrl: string, path: string): Promise<BrowserFindings> {
  const [findings] = await auditPageAt(context, baseUrl, path, []);
  return findings!;
}

/**
 * Audits `path` at the viewport of `context` (the first findings), then at each of `thenAt` in
 * turn, resizing the same tab. Load it at a phone's size first: the <h1>'s place is measured
 * before axe opens every <details>, as a reader first sees the page.
 */
export async function auditPageAt(
  context: BrowserContext,
  baseUrl: string,
  path: string,
  thenAt: readonly ViewportSize[],
): Promise<BrowserFindings[]> {
  const tab = await context.newPage();
  const origin = new URL(baseUrl).origin;
  // What each viewport's findings collect: requests and errors land on the current one.
  let current = { thirdParty: [] as string[], consoleErrors: [] as string[] };
  tab.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) current.thirdParty.push(url);
  });
  tab.on('console', (message) => {
    if (message.type() === 'error') current.consoleErrors.push(message.text());
  });
  try {
    const response = await tab.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    const status = response?.status() ?? null;
    const findings: BrowserFindings[] = [];
    let cspSeen = 0;
    for (const size of [null, ...thenAt]) {
      if (size) {
        current = { thirdParty: [], consoleErrors: [] };
        await tab.setViewportSize(size);
      }
      const audited = await auditLoadedTab(tab);
      // The page's record of CSP violations only grows: each viewport reports what is new.
      findings.push({ path, status, ...audited, csp: audited.csp.slice(cspSeen), ...current });
      cspSeen = audited.csp.length;
    }
    return findings;
  } finally {
    await tab.close();
  }
}

/** axe, the CSP violations so far and (on a phone) the <h1>'s place, at the tab's current viewport. */
async function auditLoadedTab(tab: Page): Promise<Pick<BrowserFindings, 'viewport' | 'axe' | 'csp' | 'phoneTitleTop'>> {
  const size = tab.viewportSize();
  const phone = size !== null && size.width <= viewports.narrow.width;
  // Measured before any <details> opens below, as a reader first sees the page.
  const phoneTitleTop = phone
    ? await tab.evaluate(() => {
        const h1 = document.querySelector('h1');
        return h1 ? Math.round(h1.getBoundingClientRect().top + window.scrollY) : null;
      })
    : null;
  const result = (await tab.evaluate((tags) => {
    // Every <details> open, so axe checks what a reader sees once they open it (a map's list
    // of places, the header's panels); those sharing a `name` would close each other.
    document.querySelectorAll('details').forEach((details) => {
      details.removeAttribute('name');
      details.open = true;
    });
    return (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      // Only violations are read: not collecting the passes saves a fifth of each run.
      resultTypes: ['violations'],
    });
  }, axeTags)) as AxeResult;
  const csp = await tab.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  return {
    viewport: size ? `${size.width}×${size.height}` : 'default',
    axe: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    })),
    csp,
    phoneTitleTop,
  };
}

/** Sentences naming the page, the viewport and each problem, for test failures and the audit table. */
export function describeFindings(f: BrowserFindings): string[] {
  const where = `${f.path} (${f.viewport})`;
  return [
    ...f.axe.map((v) => `${where}: axe ${v.id} (${v.impact}): ${v.help} at ${v.targets.slice(0, 3).join(', ')}`),
    ...f.thirdParty.map((url) => `${where}: request to a third-party origin: ${url}`),
    ...f.csp.map((c) => `${where}: Content-Security-Policy violation: ${c}`),
    ...(f.phoneTitleTop !== null && f.phoneTitleTop > phoneTitleBudget
      ? [`${where}: the <h1> starts ${f.phoneTitleTop} px down, below the ${phoneTitleBudget} px a phone shows first`]
      : []),
  ];
}
