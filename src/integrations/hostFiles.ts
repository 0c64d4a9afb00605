/**
 * Astro integration: writes the host files (Cloudflare Pages / Netlify) after the build, from the
 * locale table, so a new locale needs no edit here:
 * - dist/_redirects: language aliases such as /zh-cn/ sent on to their locale; on Netlify also
 *   the not-found rules (an unknown path under a locale gets that locale's page with a 404).
 * - dist/<locale>/404.html, a copy of /<locale>/404/: Cloudflare Pages answers an unknown path
 *   with the nearest 404.html above it (its _redirects has no 404 status), so this is how each
 *   language gets its own not-found page there.
 * - on Netlify, dist/_headers without Cloudflare's detach lines.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { locales, type LocaleConfig } from '../i18n/locales';

type AliasTable = Readonly<Record<string, Pick<LocaleConfig, 'pathAliases'>>>;

export function redirectsFile(table: AliasTable, host: 'cloudflare' | 'netlify' = 'cloudflare'): string {
  const codes = Object.keys(table);
  const aliases = codes.flatMap((code) => (table[code]?.pathAliases ?? []).map((alias) => [alias, code] as const));
  // Exact paths before splats (Cloudflare matches them faster), all before the not-found rules.
  const notFound = [...codes.map((code) => `/${code}/*  /${code}/404/  404`), '/*  /404.html  404'];
  return [
    '# Generated at build from src/i18n/locales.ts: language aliases (and on Netlify each locale’s not-found page).',
    ...aliases.map(([alias, code]) => `/${alias}  /${code}/  301`),
    ...aliases.map(([alias, code]) => `/${alias}/*  /${code}/:splat  301`),
    ...(host === 'netlify' ? notFound : []),
    '',
  ].join('\n');
}

/**
 * _headers for Netlify: the same blocks without `! Name` lines, which only Cloudflare knows
 * (Netlify rejects them, and gives a path the most specific block's value anyway).
 */
export function withoutDetachLines(headers: string): string {
  return headers
    .split('\n')
    .filter((line) => !/^\s+!\s*\S/.test(line))
    .join('\n');
}

export function hostFiles(): AstroIntegration {
  return {
    name: 'host-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        // Netlify sets NETLIFY=true in its builds; everywhere else the files are Cloudflare's.
        const netlify = process.env.NETLIFY === 'true';
        writeFileSync(fileURLToPath(new URL('_redirects', dir)), redirectsFile(locales, netlify ? 'netlify' : 'cloudflare'));
        // Only the locales this build wrote (a locale shard writes one).
        for (const code of Object.keys(locales)) {
          const page = fileURLToPath(new URL(`${code}/404/index.html`, dir));
          if (existsSync(page)) copyFileSync(page, fileURLToPath(new URL(`${code}/404.html`, dir)));
        }
        if (netlify) {
          const headers = fileURLToPath(new URL('_headers', dir));
          writeFileSync(headers, withoutDetachLines(readFileSync(headers, 'utf8')));
          logger.info('_headers: detach lines removed for Netlify');
        }
      },
    },
  };
}
