/** Cache rules are only safe if hashed assets are hashed and pages are not: checked on the build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, builtPages, distDir } from '../helpers/dist';
import { headersFor, parseHeadersFile } from '../helpers/headers';
import { localeCodes, locales } from '../../src/i18n/locales';
import { redirectsFile } from '../../src/integrations/hostFiles';

beforeAll(() => assertBuilt());

const rules = () => parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));

describe('cache-safe file names', () => {
  it('every file under dist/_astro/ carries a content hash in its name', () => {
    const files = readdirSync(join(distDir, '_astro'));
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((name) => !/\.[A-Za-z0-9_-]{8,}\.(js|css|mjs|woff2?|svg|png|webp)$/.test(name))).toEqual([]);
  });

  it('no HTML file is hashed: pages keep their addresses', () => {
    const names = builtPages().map((p) => (p.endsWith('/') ? 'index.html' : p.split('/').at(-1)));
    expect(new Set(names)).toEqual(new Set(['index.html', '404.html']));
  });

  it('caches hashed assets for a year and never pages', () => {
    expect(headersFor(rules(), '/_astro/search.astro_astro_type_script_index_0_lang.7sCOF0pV.js')['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const page of ['/en/', '/zh-hans/districts/xuhui/', '/404.html'])
      expect(headersFor(rules(), page)['Cache-Control']).toBeUndefined();
    expect(headersFor(rules(), '/pagefind/en/pagefind.js')['Cache-Control']).toMatch(/max-age=300\b/);
  });
});

describe('not-found pages and _redirects', () => {
  it('gives each locale its not-found page where Cloudflare Pages looks for it (the nearest 404.html)', () => {
    for (const code of localeCodes)
      expect(readFileSync(join(distDir, code, '404.html'), 'utf8'), code).toBe(
        readFileSync(join(distDir, code, '404', 'index.html'), 'utf8'),
      );
  });

  it('sends the language aliases on, exact paths before splats, and has no 404 rules Cloudflare would reject', () => {
    const text = readFileSync(join(distDir, '_redirects'), 'utf8');
    expect(text).toBe(redirectsFile(locales));
    expect(text).toContain('/zh-cn/*  /zh-hans/:splat  301');
    expect(text).not.toMatch(/ 404$/m);
    const rules = text.split('\n').filter((line) => line.startsWith('/'));
    expect(rules.findIndex((r) => r.includes('*'))).toBeGreaterThan(rules.findLastIndex((r) => !r.includes('*')));
  });

  it('on Netlify adds each locale’s not-found rule, after the aliases', () => {
    const text = redirectsFile(locales, 'netlify');
    for (const code of localeCodes) expect(text).toContain(`/${code}/*  /${code}/404/  404`);
    expect(text.trimEnd().endsWith('/*  /404.html  404')).toBe(true);
    expect(text.indexOf('/ms/*')).toBeLessThan(text.indexOf('/en/*'));
  });

  it('aliases are lower-case, unique, and never a locale of their own', () => {
    const aliases = localeCodes.flatMap((code) => locales[code].pathAliases);
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const alias of aliases) {
      expect(alias).toBe(alias.toLowerCase());
      expect(localeCodes as readonly string[]).not.toContain(alias);
    }
  });
});
