/** Cache rules are only safe if hashed assets are hashed and pages are not: checked on the build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, builtPages, distDir, fileFor } from '../../scripts/lib/dist';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers';
import { localeCodes } from '../../src/i18n/locales';
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

describe('_redirects', () => {
  it('sends unknown paths to the locale’s own not-found page with a 404, for every locale', () => {
    const text = readFileSync(join(distDir, '_redirects'), 'utf8');
    expect(text).toBe(redirectsFile(localeCodes));
    for (const code of localeCodes) {
      expect(text).toContain(`/${code}/*  /${code}/404/  404`);
      expect(fileFor(`/${code}/404/`)).not.toBeNull();
    }
  });
});
