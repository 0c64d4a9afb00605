/**
 * From reading to acting: the next-steps page in every locale, "Where to ask" on district,
 * incentive and service-base pages, official sites as plain links (syntax checked, never
 * fetched), and figures linked to their sources and back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { assertBuilt, builtPages, page } from '../../scripts/lib/dist';
import { loadEntries } from '../helpers/realContent';

beforeAll(() => assertBuilt());

const official = (href: string) => /^https?:\/\//.test(href) && !href.startsWith('http://127.0.0.1');

describe('official channels in the built site', { timeout: 60_000 }, () => {
  it.each(localeCodes)('%s: /next-steps/ lists the three steps in order, each linking official sites', (locale) => {
    const $ = page(`/${locale}/next-steps/`);
    expect(
      $('main section[id^="step-"]')
        .toArray()
        .map((el) => $(el).attr('id')),
    ).toEqual(['step-rules', 'step-contact', 'step-projects']);
    $('main section[id^="step-"]').each((_, section) => {
      const links = $(section)
        .find('a[href]')
        .toArray()
        .map((a) => $(a).attr('href') ?? '');
      expect(links.filter(official).length).toBeGreaterThan(0);
      expect(links.some((href) => href.startsWith(`/${locale}/next-steps/`))).toBe(true);
    });
  });

  it('links every district, incentive and service-base page to an official channel', () => {
    const pages = builtPages().filter((path) => /^\/[^/]+\/(districts|incentives|service-bases)\/[^/]+\/$/.test(path));
    expect(pages.length).toBeGreaterThan(0);
    for (const path of pages) {
      const $ = page(path);
      const links = $('section[aria-labelledby="ask-heading"] a[href]')
        .toArray()
        .map((a) => $(a).attr('href') ?? '');
      expect(links.filter(official).length, path).toBeGreaterThan(0);
    }
  });

  it('makes every link to an official site a plain, valid http(s) link without referrer', () => {
    for (const path of builtPages()) {
      const $ = page(path);
      $('section[aria-labelledby="ask-heading"] a[href], main a[rel~="noopener"]').each((_, a) => {
        const href = $(a).attr('href') ?? '';
        if (!official(href)) return;
        expect(['http:', 'https:'], `${path} → ${href}`).toContain(new URL(href).protocol);
        expect($(a).attr('rel'), `${path} → ${href}`).toBe('noopener noreferrer');
        expect($(a).attr('target')).toBeUndefined();
        expect(Object.keys((a as { attribs: Record<string, string> }).attribs).filter((n) => /^(ping|on)/i.test(n))).toEqual([]);
      });
    }
  });
});

describe('figures that cite their source', { timeout: 60_000 }, () => {
  const districts = loadEntries().districts;
  it.each(localeCodes)('%s: every district shows its entry’s figures at a glance, and the text cites figures too', (locale) => {
    const own = districts.filter((e) => e.id.startsWith(`${locale}/`));
    expect(own.length).toBeGreaterThan(0);
    let cited = 0;
    for (const entry of own) {
      const slug = entry.id.slice(locale.length + 1);
      const $ = page(`/${locale}/districts/${slug}/`);
      // An outdated translation is shown in English, figures included.
      const shown = $('[data-fallback-notice]').length ? districts.find((e) => e.id === `en/${slug}`) : entry;
      expect($('section[aria-labelledby="glance-heading"] [id^="fact-"]').length, slug).toBe(shown?.data.figures.length);
      cited += $('article .prose [id^="fact-"]').length;
    }
    expect(cited).toBeGreaterThan(0);
  });

  it('on every page, each figure links to its source, and the source links back to exactly its figures', () => {
    for (const path of builtPages()) {
      const $ = page(path);
      const facts = $('[id^="fact-"]').toArray();
      facts.forEach((fact, i) => {
        const id = $(fact).attr('id') ?? '';
        expect(id, `${path}: figures numbered in page order`).toBe(`fact-${i + 1}`);
        const target = $(fact).find('a[href^="#source-"]').attr('href') ?? '';
        expect($(target).length, `${path}: ${id} → ${target}`).toBe(1);
        expect($(target).find(`a[href="#${id}"]`).length, `${path}: ${target} → #${id}`).toBe(1);
      });
      const backLinks = $('li[id^="source-"] a[href^="#fact-"]').length;
      expect(backLinks, `${path}: back-links`).toBe(facts.length);
    }
  });
});
