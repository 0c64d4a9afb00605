/**
 * One page in Chromium: axe-core (WCAG 2.2 A/AA and best practices), requests to any origin
 * but the site's own, Content-Security-Policy violations and console errors.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface BrowserFindings {
  path: string;
  status: number | null;
  axe: AxeViolation[];
  thirdParty: string[];
  csp: string[];
  consoleErrors: string[];
}

interface AxeResult {
  violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
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

export interface AuditOptions {
  /** Runs after the page loads and before axe, e.g. to open disclosures so their content is checked too. */
  prepare?: (tab: Page) => Promise<void>;
}

export async function auditPage(
  context: BrowserContext,
  baseUrl: string,
  path: string,
  options: AuditOptions = {},
): Promise<BrowserFindings> {
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
    await options.prepare?.(tab);
    // The root page sends the reader on; audit the page it was asked for, before it moves.
    await tab.evaluate(axeSource);
    const result = (await tab.evaluate(
      (tags) =>
        (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          // Only violations are read: not collecting the passes saves a fifth of each run.
          resultTypes: ['violations'],
        }),
      axeTags,
    )) as AxeResult;
    const csp = await tab.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
    return {
      path,
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
    };
  } finally {
    await tab.close();
  }
}

/** Sentences naming the page and each problem, for test failures and the audit table. */
export function describeFindings(f: BrowserFindings): string[] {
  return [
    ...f.axe.map((v) => `${f.path}: axe ${v.id} (${v.impact}): ${v.help} at ${v.targets.slice(0, 3).join(', ')}`),
    ...f.thirdParty.map((url) => `${f.path}: request to a third-party origin: ${url}`),
    ...f.csp.map((c) => `${f.path}: Content-Security-Policy violation: ${c}`),
  ];
}
