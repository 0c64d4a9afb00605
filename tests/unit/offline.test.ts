/** Offline reading's plan (src/lib/offline/): what the worker does with each request, the manifests, the worker bundle. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { useTranslations } from '../../src/i18n';
import { localeCodes, locales } from '../../src/i18n/locales';
import { localeOfPath, requestKind, searchRoute } from '../../src/lib/offline/plan';
import { webManifest, webManifestPath } from '../../src/lib/offline/manifest';
import { pageRoutes } from '../../src/lib/routing/routes';
import { bundleWorker } from '../../src/integrations/offlineReading';

const root = join(import.meta.dirname, '..', '..');

describe('what the worker does with a request', () => {
  it('keeps pages (network first) with their locale, the root pages without one', () => {
    expect(requestKind('/th/districts/xuhui/')).toEqual({ kind: 'page', locale: 'th' });
    expect(requestKind('/zh-hant/search/')).toEqual({ kind: 'page', locale: 'zh-hant' });
    expect(requestKind('/')).toEqual({ kind: 'page', locale: undefined });
    expect(requestKind('/404.html')).toEqual({ kind: 'page', locale: undefined });
  });

  it('serves hashed assets cache first, unhashed ones network first', () => {
    expect(requestKind('/_astro/index.B1x2y3.css')).toEqual({ kind: 'asset', fresh: false });
    expect(requestKind('/favicon.svg')).toEqual({ kind: 'asset', fresh: true });
    expect(requestKind('/icons/icon-192.png')).toEqual({ kind: 'asset', fresh: true });
    expect(requestKind('/search-data/convertible-into-Hans.txt')).toEqual({ kind: 'asset', fresh: true });
  });

  it('files a search bundle under its locale: hashed chunks cache first, the entry network first', () => {
    expect(requestKind('/pagefind/id/fragment/id_1a2b3c.pf_fragment')).toEqual({ kind: 'search', locale: 'id', fresh: false });
    expect(requestKind('/pagefind/id/pagefind-entry.json')).toEqual({ kind: 'search', locale: 'id', fresh: true });
    expect(requestKind('/pagefind/id/pagefind.js')).toEqual({ kind: 'search', locale: 'id', fresh: true });
    expect(requestKind('/pagefind/xx/pagefind.js')).toEqual({ kind: 'network' });
  });

  it('leaves the editor, previews, QR codes and feeds to the network', () => {
    for (const path of ['/admin/', '/admin/config.yml', '/og/en/index.png', '/qr/en/index.svg', '/en/rss.xml', '/sitemap-index.xml'])
      expect(requestKind(path), path).toEqual({ kind: 'network' });
  });

  it('knows a path’s locale, and the search page’s route as the route table has it', () => {
    expect(localeOfPath('/zh-hans/event/')).toBe('zh-hans');
    expect(localeOfPath('/pagefind/en/')).toBeUndefined();
    expect(searchRoute).toBe(pageRoutes.search);
  });
});

describe('web app manifests', () => {
  it.each(localeCodes)('%s: its own name, language, direction and scope', (code) => {
    const t = useTranslations(code);
    const manifest = webManifest(code, t);
    expect(manifest).toMatchObject({
      name: t('site.name'),
      short_name: t('offline.shortName'),
      description: t('site.tagline'),
      lang: locales[code].tag,
      dir: locales[code].dir,
      start_url: `/${code}/`,
      scope: `/${code}/`,
    });
    expect(webManifestPath(code)).toBe(`/${code}/manifest.webmanifest`);
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(['any', '192x192', '512x512']);
  });
});

describe('the worker bundle (sw.js; tests/site/shards.test.ts checks that shards write the same bytes)', () => {
  it('switched off, is a worker that unregisters itself and empties the caches', async () => {
    const text = new TextDecoder().decode(await bundleWorker(root, false));
    expect(text).toContain('unregister()');
    expect(text).toContain('caches.delete');
    expect(text).not.toContain('fetch');
  });
});
