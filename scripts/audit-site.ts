/**
 * `npm run audit:site`: the quality gates over every built page, as a table (html-validate, the
 * W3C Nu checker, axe on a wide screen and at 375 × 812, third-party requests, CSP, weight), and
 * links; `npm run audit:lighthouse` (or --lighthouse) adds Lighthouse on representative pages.
 * Ends with `N passed, N failed` (pages, and the site-wide link check) and exits 1 when any gate
 * fails. Run `npm run build` first.
 */
import { join } from 'node:path';
import pLimit from 'p-limit';
import { builtPages, assertBuilt, distDir, editorPath } from '../tests/helpers/dist';
import { launchBrowser } from '../tests/helpers/browser';
import { startStaticServer } from '../tests/helpers/server';
import { auditContext, auditPageAt, describeFindings, viewports, type BrowserFindings } from './audit/browserAudit';
import { validatePage } from './audit/htmlValidity';
import { nuCheck } from './audit/nuChecker';
import { checkLinks } from './audit/links';
import { budgetProblems, gzipped, pageWeight } from './audit/weight';
import { lighthouseTargets, runLighthouse } from './audit/lighthouse';
import { localeCodes } from '../src/i18n/locales';
import config from '../astro.config.mjs';
import { commandLine } from './commandLine';

const { values: options } = commandLine({
  usage: 'npm run audit:site -- [--lighthouse] [--tabs=3]',
  options: { lighthouse: { type: 'boolean', default: false }, tabs: { type: 'string', default: '3' } },
});
const tabs = Number(options.tabs);
if (!Number.isInteger(tabs) || tabs < 1) throw new Error(`--tabs must be a whole number of at least 1, not ${options.tabs}`);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const pad = (value: string | number, width: number) => String(value).padEnd(width);

assertBuilt();
const pages = builtPages();
const server = await startStaticServer();
const browser = await launchBrowser();
// Each page loads on the phone, then is resized to the wide screen (audit/browserAudit.ts says why).
const narrow = await auditContext(browser, viewports.narrow);

// The Nu checker is one Java process over every page, and the browser audits run a few tabs at a
// time (one tab left the two cores half idle: axe and this process wait on each other); all of
// it starts now, beside the checks this process makes page by page below.
const nuRun = nuCheck(pages);
const limit = pLimit(tabs);
const audits = pages.map((path) => ({
  path,
  browser: limit(() => auditPageAt(narrow, server.url, path, [viewports.wide])),
}));
// An audit that throws (a page that never loads) stops the run below; the others are not left unhandled.
for (const audit of audits) audit.browser.catch(() => undefined);

const problems: string[] = [];
let failedPages = 0;
const nu = await nuRun;
console.log(
  `${pad('page', 46)}${pad('KB gz', 8)}${pad('JS KB', 7)}${pad('html', 6)}${pad('nu', 4)}${pad('axe', 5)}${pad('axe375', 8)}${pad('3rd', 5)}csp`,
);
const weights = [];
// Rows in page order, each as soon as its page is done.
for (const { path, browser: audited } of audits) {
  const weight = pageWeight(path);
  weights.push(weight);
  const html = await validatePage(path);
  const nuProblems = nu.filter((n) => n.path === path);
  const [atNarrow, atWide] = (await audited) as [BrowserFindings, BrowserFindings];
  const pageProblems = [
    ...budgetProblems(weight),
    ...html.map((h) => `${h.path}:${h.line}: html-validate ${h.rule}: ${h.message}`),
    ...nuProblems.map((n) => `${n.path}:${n.line}: Nu checker: ${n.message}`),
    ...describeFindings(atWide),
    ...describeFindings(atNarrow),
  ];
  if (pageProblems.length) failedPages += 1;
  problems.push(...pageProblems);
  console.log(
    [
      pad(path, 46),
      pad(kb(weight.total), 8),
      pad(kb(weight.js), 7),
      pad(html.length, 6),
      pad(nuProblems.length, 4),
      pad(atWide.axe.length, 5),
      pad(atNarrow.axe.length, 8),
      pad(atWide.thirdParty.length + atNarrow.thirdParty.length, 5),
      atWide.csp.length + atNarrow.csp.length,
    ].join(''),
  );
}
// Problems vnu reports for a file that is not one of the pages (none expected) still count.
problems.push(...nu.filter((n) => !pages.includes(n.path)).map((n) => `${n.path}:${n.line}: Nu checker: ${n.message}`));
await browser.close();

const links = await checkLinks({ canonicalOrigin: new URL(config.site ?? '').origin });
problems.push(...links.broken.map((b) => `${b.page}: broken link ${b.url} (${b.reason})`));
const checks = { passed: pages.length - failedPages + (links.broken.length ? 0 : 1), failed: failedPages + (links.broken.length ? 1 : 0) };
const heaviest = [...weights].sort((a, b) => b.total - a.total)[0];
// The content editor is not a reader's page: outside the budgets, but its cost is shown.
const editor = pageWeight(editorPath);
// The page's script loads Decap's bundle itself (src/client/admin/editor.ts), so no <script> names it.
const decap = gzipped(join(distDir, 'admin', 'decap-cms.js'));
console.log(
  `content editor ${editorPath} (not a reader's page, no budget): ${kb(editor.total + decap)} KB ` +
    `(HTML ${kb(editor.html)}, JS ${kb(editor.js + decap)}: Decap ${kb(decap)}), chunks loaded on demand not counted`,
);
console.log(`\n${pages.length} pages; ${links.checked} links checked, ${links.broken.length} broken`);
if (heaviest)
  console.log(
    `heaviest page: ${heaviest.path} ${kb(heaviest.total)} KB (HTML ${kb(heaviest.html)}, CSS ${kb(heaviest.css)}, JS ${kb(heaviest.js)})`,
  );

if (options.lighthouse) {
  const targets = localeCodes.flatMap((code) =>
    ['/', '/districts/xuhui/', '/incentives/rental-discounts/', '/search/'].map((route) => `/${code}${route}`),
  );
  const scores = await runLighthouse(server.url, targets);
  console.log(`\nLighthouse (mobile)\n${pad('page', 46)}${pad('perf', 6)}${pad('a11y', 6)}${pad('best', 6)}seo`);
  for (const s of scores) {
    console.log(`${pad(s.path, 46)}${pad(s.performance, 6)}${pad(s.accessibility, 6)}${pad(s.bestPractices, 6)}${s.seo}`);
    if (s.performance < lighthouseTargets.performance)
      problems.push(`${s.path}: Lighthouse performance ${s.performance} < ${lighthouseTargets.performance}`);
    if (s.accessibility < lighthouseTargets.accessibility) problems.push(`${s.path}: Lighthouse accessibility ${s.accessibility}`);
    if (s.bestPractices < lighthouseTargets.bestPractices) problems.push(`${s.path}: Lighthouse best practices ${s.bestPractices}`);
    if (s.seo < lighthouseTargets.seo) problems.push(`${s.path}: Lighthouse SEO ${s.seo}`);
    if (
      s.performance < lighthouseTargets.performance ||
      s.accessibility < lighthouseTargets.accessibility ||
      s.bestPractices < lighthouseTargets.bestPractices ||
      s.seo < lighthouseTargets.seo
    )
      checks.failed += 1;
    else checks.passed += 1;
  }
}
await server.close();

if (problems.length) console.log(`\n${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
else console.log('\nAll quality gates passed.');
// The closing line .ci/run adds to the test count: one check per page, one for the links.
console.log(`${checks.passed} passed, ${checks.failed} failed`);
if (problems.length) process.exit(1);
