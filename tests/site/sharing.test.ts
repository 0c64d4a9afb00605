/** Links that travel: complete meta on every page, preview images, feeds, sitemap, QR codes. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { Resvg } from '@resvg/resvg-js';
import { assertBuilt, builtPages, distDir, fileFor, isPageOfRoutes, page } from '../helpers/dist';
import { locales, localeCodes } from '../../src/i18n/locales';
import config from '../../astro.config.mjs';

beforeAll(() => assertBuilt());

const site = new URL(config.site ?? '');
// Not the not-found and offline pages: no one shares those (not in the sitemap, no preview of their own).
const contentPages = builtPages().filter((p) => p !== '/' && p !== '/404.html' && !p.endsWith('/404/') && !p.endsWith('/offline/'));
const png = (file: string) => PNG.sync.read(readFileSync(file));
const decodeQr = (image: { data: Buffer; width: number; height: number }) =>
  jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;

describe('head of every page', () => {
  it.each(contentPages)('%s has complete, correct meta', (path) => {
    const $ = page(path);
    const meta = (selector: string) => $(selector).attr('content');
    const canonical = $('link[rel="canonical"]').attr('href');
    expect(canonical).toBe(new URL(path, site).href);
    expect(meta('meta[name="description"]')?.length).toBeGreaterThan(20);
    expect(meta('meta[property="og:url"]')).toBe(canonical);
    expect(meta('meta[property="og:title"]')).toBeTruthy();
    expect(meta('meta[property="og:description"]')).toBe(meta('meta[name="description"]'));
    expect(meta('meta[property="og:type"]')).toMatch(/^(website|article)$/);
    const locale = localeCodes.find((code) => path.startsWith(`/${code}/`))!;
    expect(meta('meta[property="og:locale"]')).toBe(locales[locale].ogLocale);
    expect(meta('meta[property="og:image:width"]')).toBe('1200');
    expect(meta('meta[property="og:image:height"]')).toBe('630');
    expect(meta('meta[property="og:image:alt"]')).toBeTruthy();
    expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(meta('meta[name="twitter:image"]')).toBe(meta('meta[property="og:image"]'));
    expect($('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe(`/${locale}/rss.xml`);
  });

  it.each(contentPages)('%s has a 1200×630 preview image that exists', (path) => {
    const image = new URL(page(path)('meta[property="og:image"]').attr('content') ?? '');
    expect(image.origin).toBe(site.origin);
    const file = fileFor(image.pathname);
    expect(file, image.pathname).not.toBeNull();
    const { width, height } = png(file!);
    expect([width, height]).toEqual([1200, 630]);
  });

  it('gives the root address, the one most often shared, a link preview of its own', () => {
    const $ = page('/');
    for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:locale'])
      expect($(`meta[property="${property}"]`).attr('content'), property).toBeTruthy();
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    const image = new URL($('meta[property="og:image"]').attr('content') ?? '');
    expect(image.origin).toBe(site.origin);
    expect(png(fileFor(image.pathname)!)).toMatchObject({ width: 1200, height: 630 });
    expect($('meta[property="og:locale:alternate"]')).toHaveLength(localeCodes.length - 1);
  });

  it('gives every page its own preview image, except later pages of an index and the kit’s section pages, which show their first page’s', () => {
    // `/en/incentives/2/` shows `/en/incentives/`'s image, `/en/share/stories/` (and its pages) `/en/share/`'s.
    const firstPage = (path: string) =>
      path.replace(/^(\/[^/]+\/share\/)[^/]+\/(\d+\/)?$/, '$1').replace(/^(\/[^/]+\/[^/]+\/)\d+\/$/, '$1');
    const owners = new Map<string, string>();
    for (const path of contentPages) {
      const image = page(path)('meta[property="og:image"]').attr('content') ?? '';
      const owner = firstPage(path);
      expect(owners.get(image) ?? owner, `${path} shares ${image}`).toBe(owner);
      owners.set(image, owner);
    }
    expect(new Set(owners.values()).size).toBe(new Set(contentPages.map(firstPage)).size);
  });
});

describe('feeds, sitemap and robots.txt', () => {
  it.each(localeCodes)('the %s RSS feed parses and lists the event, districts, sites, stories and announcements', (locale) => {
    const $ = load(readFileSync(`${distDir}/${locale}/rss.xml`, 'utf8'), { xml: true });
    expect($('rss > channel > language').text()).toBe(locales[locale].tag);
    // Items are dated by the event, whose year is inferred: the channel says so.
    expect($('rss > channel > description').text()).toContain('2024');
    const links = $('item > link')
      .toArray()
      .map((el) => new URL($(el).text()).pathname);
    // Every entry page of those sections (not their index pages); incentives are not news items.
    const sections = ['stories', 'service-bases', 'districts', 'sites'].map((s) => `/${locale}/${s}/`);
    const expected = builtPages().filter(
      (p) =>
        (sections.some((s) => p.startsWith(s) && p !== s) && !isPageOfRoutes(p)) ||
        p === `/${locale}/event/` ||
        p === `/${locale}/nev-platform/`,
    );
    // A fallback page (not yet translated) is not news in that language.
    const translated = expected.filter((p) => !page(p)('[data-fallback-notice]').length);
    expect(links.sort()).toEqual(translated.sort());
    for (const link of links) expect(fileFor(link)).not.toBeNull();
  });

  it('the sitemap lists every page with its language alternates', () => {
    const index = load(readFileSync(`${distDir}/sitemap-index.xml`, 'utf8'), { xml: true });
    const files = index('sitemap > loc')
      .toArray()
      .map((el) => new URL(index(el).text()).pathname);
    const urls = files.flatMap((file) => {
      const $ = load(readFileSync(`${distDir}${file}`, 'utf8'), { xml: true });
      return $('url')
        .toArray()
        .map((el) => ({ loc: new URL($(el).find('loc').text()).pathname, alternates: $(el).find('xhtml\\:link').length }));
    });
    expect(urls.map((u) => u.loc).sort()).toEqual(contentPages.sort());
    for (const url of urls) expect(url.alternates, url.loc).toBe(localeCodes.length);
  });

  it('robots.txt names the sitemap at the site origin', () => {
    expect(readFileSync(`${distDir}/robots.txt`, 'utf8')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site).href}`);
  });
});

describe('QR codes', () => {
  it.each(['/en/districts/xuhui/', '/zh-hans/stories/lyu-zhu/', '/zh-hant/incentives/rental-discounts/'])(
    'the PNG QR code of %s decodes to its canonical URL',
    (path) => {
      const file = fileFor(`/qr${path.replace(/\/$/, '')}.png`);
      expect(file).not.toBeNull();
      const decoded = decodeQr(png(file!));
      console.log(`QR ${path} → ${decoded}`);
      expect(decoded).toBe(new URL(path, site).href);
    },
  );

  it.each(['/en/nev-platform/', '/zh-hant/event/'])('the QR code shown on %s decodes to its canonical URL', (path) => {
    const svg = page(path)('[data-share-panel] svg').toString();
    const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: 'white' }).render();
    const decoded = decodeQr({ data: Buffer.from(rendered.pixels), width: rendered.width, height: rendered.height });
    expect(decoded).toBe(page(path)('link[rel="canonical"]').attr('href'));
  });
});

describe('newsletter kit', () => {
  it.each(localeCodes)('/%s/share/ and its section pages have one blurb with the link and a QR code for every page', (locale) => {
    // The kit itself: /share/ with the section pages' blurbs, and the pages it links to, one per collection.
    const kit = contentPages.filter((p) => p.startsWith(`/${locale}/share/`));
    expect(kit.length).toBeGreaterThan(1);
    for (const path of kit.filter((p) => /\/share\/[^/]+\/$/.test(p)))
      expect(page(`/${locale}/share/`)(`a[href="${path}"]`)).toHaveLength(1);
    const blurbs = kit.flatMap((path) => {
      const $ = page(path);
      for (const img of $('li img').toArray()) expect(fileFor($(img).attr('src') ?? '')).not.toBeNull();
      return $('textarea')
        .toArray()
        .map((el) => $(el).text());
    });
    // Every page a reader would share: not the tools, not the kit, not the later pages of an index.
    const expected = contentPages.filter(
      (p) => p.startsWith(`/${locale}/`) && !/\/(search|share|translations)\/$/.test(p) && !p.includes('/share/') && !/\/\d+\/$/.test(p),
    );
    expect(blurbs).toHaveLength(expected.length);
    for (const path of expected) expect(blurbs.filter((text) => text.endsWith(new URL(path, site).href))).toHaveLength(1);
  });
});

describe('structured data (JSON-LD)', () => {
  const expectedType = (path: string): string => {
    const route = path.replace(/^\/[^/]+/, '');
    if (route === '/event/') return 'Event';
    if (isPageOfRoutes(path)) return 'WebPage';
    if (/^\/districts\/[^/]+\/$/.test(route)) return 'AdministrativeArea';
    if (/^\/sites\/[^/]+\/$/.test(route)) return 'Place';
    if (/^\/(service-bases\/[^/]+|nev-platform)\/$/.test(route)) return 'Organization';
    if (/^\/stories\/[^/]+\/$/.test(route)) return 'Article';
    return 'WebPage';
  };

  it.each(contentPages)('%s has parseable JSON-LD of the right type and a breadcrumb trail', (path) => {
    const $ = page(path);
    const scripts = $('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts.text()) as {
      '@context': string;
      '@graph': Array<{ '@type': string; url?: string; itemListElement?: Array<{ item: string; position: number }> }>;
    };
    expect(data['@context']).toBe('https://schema.org');
    const [main, trail] = [
      data['@graph'].find((n) => n['@type'] !== 'BreadcrumbList'),
      data['@graph'].find((n) => n['@type'] === 'BreadcrumbList'),
    ];
    expect(main?.['@type']).toBe(expectedType(path));
    expect(main?.url).toBe($('link[rel="canonical"]').attr('href'));
    const items = trail?.itemListElement ?? [];
    expect(items.at(-1)?.item).toBe($('link[rel="canonical"]').attr('href'));
    expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
  });

  it('describes a story as an Article about the delegate, with the chamber', () => {
    const data = JSON.parse(page('/zh-hant/stories/li-changhong/')('script[type="application/ld+json"]').text());
    const article = data['@graph'][0];
    expect(article.about).toMatchObject({ '@type': 'Person', name: 'Li Changhong', affiliation: { '@type': 'Organization' } });
    expect(article.inLanguage).toBe('zh-Hant');
  });

  it('describes the event with its date, Shanghai and the livestream cities', () => {
    const event = JSON.parse(page('/en/event/')('script[type="application/ld+json"]').text())['@graph'][0];
    expect(event.startDate).toBe('2024-09-25');
    expect(event.location.map((l: { '@type': string; name: string }) => `${l['@type']}:${l.name}`)).toEqual([
      'Place:Shanghai',
      'VirtualLocation:San Francisco',
      'VirtualLocation:Vancouver',
      'VirtualLocation:Manila',
      'VirtualLocation:Jakarta',
    ]);
  });
});
