/**
 * From reading to acting: the next-steps page in every locale, "Where to ask" on district,
 * incentive and service-base pages, official sites as plain links (syntax checked, never
 * fetched), and figures linked to their sources and back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n';
import { assertBuilt, builtPages, isPageOfRoutes, page } from '../helpers/dist';
import { loadEntries } from '../helpers/realContent';
import { readRegister } from '../../src/lib/content/sourceRegister';
import { sourceKindLabel } from '../../src/lib/content/sourceLinks';

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
    const pages = builtPages().filter(
      (path) => /^\/[^/]+\/(districts|incentives|service-bases)\/[^/]+\/$/.test(path) && !isPageOfRoutes(path),
    );
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
      let citations = 0;
      facts.forEach((fact, i) => {
        const id = $(fact).attr('id') ?? '';
        expect(id, `${path}: figures numbered in page order`).toBe(`fact-${i + 1}`);
        // One link per cited source: a figure two sources state links to both.
        const targets = $(fact)
          .find('a[href^="#source-"]')
          .toArray()
          .map((a) => $(a).attr('href') ?? '');
        expect(targets.length, `${path}: ${id} cites a source`).toBeGreaterThan(0);
        citations += targets.length;
        for (const target of targets) {
          expect($(target).length, `${path}: ${id} → ${target}`).toBe(1);
          expect($(target).find(`a[href="#${id}"]`).length, `${path}: ${target} → #${id}`).toBe(1);
        }
      });
      const backLinks = $('li[id^="source-"] a[href^="#fact-"]').length;
      expect(backLinks, `${path}: back-links`).toBe(citations);
    }
  });
});

describe('links say what they open', { timeout: 60_000 }, () => {
  const register = readRegister(process.cwd());
  const kindOf = new Map([...register.records.values()].flatMap((r) => (r.url ? [[r.url, r.kind] as const] : [])));

  it.each(localeCodes)('%s: a link labelled "Official site" opens an official site; copies and reports say so', (locale) => {
    const t = useTranslations(locale);
    const prefix = (key: Parameters<typeof t>[0], host: string) => t(key, { host });
    let labelled = 0;
    for (const path of builtPages().filter((p) => p.startsWith(`/${locale}/`))) {
      const $ = page(path);
      $('main a[rel="noopener noreferrer"]').each((_, a) => {
        const href = $(a).attr('href') ?? '';
        const kind = kindOf.get(href);
        const text = $(a).text().trim();
        if (!kind || !official(href)) return;
        const host = new URL(href).host;
        const says = {
          'official-site': prefix('sourceLinks.officialSite', host),
          'official-text': prefix('sourceLinks.officialText', host),
          news: prefix('sourceLinks.news', host),
          mirror: prefix('sourceLinks.mirror', host),
          directory: prefix('sourceLinks.directory', host),
        } as Record<string, string>;
        // Channel links carry their kind's label; source-list links carry the title and the kind beside it.
        for (const [other, label] of Object.entries(says)) if (other !== kind) expect(text, `${path} → ${href}`).not.toBe(label);
        if (text === says[kind]) labelled += 1;
      });
    }
    expect(labelled).toBeGreaterThan(0);
  });

  it.each(localeCodes)("%s: the source list names each source's kind, and says which the fact sheet leaves unconfirmed", (locale) => {
    const t = useTranslations(locale);
    const inferred = new Set([...register.records.values()].filter((r) => r.confidence === 'inferred').map((r) => r.url));
    let seen = 0;
    for (const path of builtPages().filter((p) => p.startsWith(`/${locale}/`))) {
      const $ = page(path);
      $('li[id^="source-"]').each((_, li) => {
        const href = $(li).find('a[rel="noopener noreferrer"]').attr('href');
        const text = $(li).text();
        expect(text.includes(t('entry.unconfirmed')), `${path}: ${href}`).toBe(inferred.has(href));
        const kind = href ? kindOf.get(href) : 'event-report';
        expect(kind, `${path}: ${href} is a register address`).toBeDefined();
        expect(text, `${path}: ${href}`).toContain(sourceKindLabel({ kind: kind! }, t));
        if (inferred.has(href)) seen += 1;
      });
    }
    expect(seen).toBeGreaterThan(0);
  });

  it.each(localeCodes)('%s: the Hongqiao channels apply to the Hongqiao business district, not to all of Shanghai', (locale) => {
    const t = useTranslations(locale);
    for (const slug of ['hongqiao-cbd-regulations', 'hongqiao-going-global']) {
      const $ = page(`/${locale}/next-steps/${slug}/`);
      // Fact lists carry hidden punctuation for screen readers ("Where it applies: …."): read the visible text.
      const visible = (el: Parameters<typeof $>[0]) => $(el).clone().find('[hidden]').remove().end().text().trim();
      const where = visible(
        $('dt')
          .filter((_, dt) => visible(dt) === t('channel.districts'))
          .next('dd'),
      );
      expect(where, slug).toBe(t('zones.hongqiao-cbd'));
    }
  });
});
