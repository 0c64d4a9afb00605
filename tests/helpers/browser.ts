/**
 * Debian's Chromium through playwright-core. Never downloads a browser: set CHROMIUM_PATH or
 * install the `chromium` package. A missing browser fails the suite, it is never skipped.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

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
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
}

/** A Chromium that several test files connect to (tests/browser/globalSetup.ts starts it). */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: chromiumPath(), args: chromiumFlags });
}

/** Connects to the shared Chromium at `wsEndpoint`. */
export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
