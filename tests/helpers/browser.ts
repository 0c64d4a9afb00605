/**
 * Debian's Chromium through playwright-core. Never downloads a browser: set CHROMIUM_PATH or
 * install the `chromium` package. A missing browser fails the suite, it is never skipped.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));

export function chromiumPath(): string {
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      `Chromium not found (looked at ${candidates.join(', ')}). Install it with \`apt-get install chromium\` or set CHROMIUM_PATH.`,
    );
  return found;
}

/** Headless, and quiet: this machine's network is closed, so no background calls home. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Renderer processes reused rather than one started per page: measured three times each on the
  // audit, keyboard and screenshot files, 125–142 CPU-seconds without this and 114–118 with it.
  '--renderer-process-limit=2',
];

/**
 * Features switched off beside Playwright's own. Chromium 15x preloads two WebUI omnibox popups
 * (chrome://omnibox-popup.top-chrome) for every window, which a headless page never opens: a
 * renderer loading a web app for each page a test opens, 78 s of CPU over `npm test` (measured
 * per process type while it ran), a tenth of the suite's.
 */
const disabledFeatures = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

let launchOptions: Promise<LaunchOptions> | undefined;

/**
 * The launch options: our flags, and one --disable-features naming Playwright's features and
 * ours. Chromium keeps only the last --disable-features of its command line, so a second one
 * would silently switch Playwright's back on; Playwright's list is read from the arguments of a
 * launch that is stopped as soon as it starts (the list changes with Playwright's version).
 */
function options(): Promise<LaunchOptions> {
  launchOptions ??= (async () => {
    const executablePath = chromiumPath();
    const probe = await chromium.launchServer({ executablePath, args: chromiumFlags });
    const defaults = probe.process().spawnargs.filter((arg) => arg.startsWith('--disable-features='));
    await probe.kill();
    const features = [...defaults.flatMap((arg) => arg.slice('--disable-features='.length).split(',')), ...disabledFeatures];
    return {
      executablePath,
      ignoreDefaultArgs: defaults,
      args: [...chromiumFlags, `--disable-features=${[...new Set(features.filter(Boolean))].join(',')}`],
    };
  })();
  return launchOptions;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(await options());
}

/** A Chromium that several test files connect to (tests/browser/globalSetup.ts starts it). */
export async function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(await options());
}

/** Connects to the shared Chromium at `wsEndpoint`. */
export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
