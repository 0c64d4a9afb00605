/**
 * One page in Chromium: axe-core (WCAG 2.2 A/AA and best practices), requests to any origin
 * but the site's own, Content-Security-Policy violations and console errors, at the viewport of
 * the context it is opened in (a wide screen, and a phone's 375 × 812 where touch targets count),
 * and on a phone whether the page's <h1> starts within the first screen's top 200 px.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, ViewportSize } from 'playwright-core';

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

/** A context of `browser` at `viewport`, prepared for `auditPage`. */
export async function auditContext(browser: Browser, viewport: ViewportSize): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  await prepareContext(context);
  return context;
}

/** Records CSP violations from the page's first script on, whatever the page itself runs. */
export async function prepareContext(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = store;
    document.addEventListener('securitypolicyviolation', (event) =>
      store.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
}

export async function auditPage(context: BrowserContext, baseUrl: string, path: string): Promise<BrowserFindings> {
  const tab = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const thirdParty: string[] = [];
  const consoleErrors: string[] = [];
  tab.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) thirdParty.push(url);
  });
  tab.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  try {
    const response = await tab.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    // The root page sends the reader on; audit the page it was asked for, before it moves.
    const size = tab.viewportSize();
    const phone = size !== null && size.width <= viewports.narrow.width;
    // Measured before any <details> opens below, as a reader first sees the page.
    const phoneTitleTop = phone
      ? await tab.evaluate(() => {
          const h1 = document.querySelector('h1');
          return h1 ? Math.round(h1.getBoundingClientRect().top + window.scrollY) : null;
        })
      : null;
    await tab.evaluate(axeSource);
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
      path,
      viewport: size ? `${size.width}×${size.height}` : 'default',
      status: response?.status() ?? null,
      axe: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      })),
      thirdParty,
      csp,
      consoleErrors,
      phoneTitleTop,
    };
  } finally {
    await tab.close();
  }
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
