/**
 * Astro integration: writes the host files (Netlify / Cloudflare Pages) after the build, from the
 * locale table, so a new locale needs no edit here: dist/_redirects (an unknown path under a
 * locale gets that locale's not-found page with a 404 status) and the locale blocks of
 * dist/_headers (public/_headers writes them once, as `/[locale]/…`).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localeCodes } from '../i18n/locales';

export function redirectsFile(locales: readonly string[]): string {
  const lines = locales.map((code) => `/${code}/*  /${code}/404/  404`);
  return `# Generated at build from src/i18n/locales.ts: each locale's own not-found page.\n${lines.join('\n')}\n/*  /404.html  404\n`;
}

/** Each block whose path starts with `/[locale]/` becomes one block per locale, in place. */
export function expandLocaleBlocks(headers: string, locales: readonly string[]): string {
  return headers.replace(/^\/\[locale\](\/\S*)[ \t]*\n((?:[ \t]+\S.*(?:\n|$))*)/gm, (_, rest: string, body: string) =>
    locales.map((code) => `/${code}${rest}\n${body.endsWith('\n') ? body : `${body}\n`}`).join(''),
  );
}

export function hostFiles(): AstroIntegration {
  return {
    name: 'host-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_redirects', dir)), redirectsFile(localeCodes));
        const headers = fileURLToPath(new URL('_headers', dir));
        writeFileSync(headers, expandLocaleBlocks(readFileSync(headers, 'utf8'), localeCodes));
      },
    },
  };
}
