/**
 * Astro integration: writes dist/_redirects (Netlify / Cloudflare Pages) after the build, from
 * the locale table, so an unknown path under a locale gets that locale's not-found page with a
 * 404 status. Generated rather than kept in public/ so a new locale needs no edit here.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localeCodes } from '../i18n/locales';

export function redirectsFile(locales: readonly string[]): string {
  const lines = locales.map((code) => `/${code}/*  /${code}/404/  404`);
  return `# Generated at build from src/i18n/locales.ts: each locale's own not-found page.\n${lines.join('\n')}\n/*  /404.html  404\n`;
}

export function hostFiles(): AstroIntegration {
  return {
    name: 'host-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_redirects', dir)), redirectsFile(localeCodes));
      },
    },
  };
}
