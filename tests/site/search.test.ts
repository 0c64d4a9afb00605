/**
 * The built Pagefind bundles, queried from Node with the bundles' own pagefind.js: every keyword an
 * entry lists (the words an investor might type, in every locale and script) finds that entry,
 * and the filters and metadata say what the pages say. Expectations are
 * read from the built pages, never listed here, so a new correct entry cannot break them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, builtPages, distDir, page } from '../helpers/dist';
import { startStaticServer, type StaticServer } from '../helpers/server';
import { openSearch, type NodeSearchResult } from '../helpers/pagefindNode';
import { locales, localeCodes, type Locale } from '../../src/i18n/locales';
import { converterInto, isChineseScript, queryVariants } from '../../src/lib/search/queryVariants';
import { searchPageSize } from '../../src/lib/search/searchState';

let server: StaticServer;
const searchers = new Map<Locale, Awaited<ReturnType<typeof openSearch>>>();

beforeAll(async () => {
  assertBuilt();
  server = await startStaticServer();
  for (const code of localeCodes) searchers.set(code, await openSearch(distDir, server.url, code, locales[code].tag));
});
afterAll(async () => {
  await server?.close();
});

/** Searches every form of the query (converted into a Chinese index's script), as the search page does. */
async function search(locale: Locale, query: string, filters?: Record<string, string>, limit = Infinity): Promise<NodeSearchResult[]> {
  const script = locales[locale].script;
  const variants = isChineseScript(script) && query ? queryVariants(query, await converterInto(script)) : [query];
  const lists = await Promise.all(variants.map((v) => searchers.get(locale)!.search(v, filters, limit)));
  const seen = new Set<string>();
  return lists.flat().filter((r) => !seen.has(r.url) && seen.add(r.url));
}

const urls = async (locale: Locale, query: string) => (await search(locale, query)).map((r) => r.url);

/** Indexed entry pages (a translation's own text, not an English fallback) and the keywords each lists. */
const keywordPages = builtPages()
  .filter((path) => localeCodes.some((code) => path.startsWith(`/${code}/`)))
  .map((path) => {
    const $ = page(path);
    const keywords = $('article[data-pagefind-body] p[hidden][data-pagefind-weight]').text();
    return { path, locale: path.split('/')[1] as Locale, keywords: keywords ? keywords.split(' · ').map((k) => k.trim()) : [] };
  })
  .filter((p) => p.keywords.length > 0);

describe('one bundle per locale', () => {
  it.each(localeCodes)('%s has its own Pagefind bundle', (code) => {
    expect(existsSync(join(distDir, 'pagefind', code, 'pagefind.js'))).toBe(true);
  });
});

describe('keywords an investor would type', () => {
  it('are listed on pages in every locale', () => {
    for (const code of localeCodes) expect(keywordPages.filter((p) => p.locale === code).length, code).toBeGreaterThan(0);
  });

  // One test per page: a page's keywords, each searched as the search page does (Chinese in both
  // scripts). Where it ranks depends on every other page, so this asks only that it is found; the
  // benchmark (npm run bench) reports ranking at scale.
  it.each(keywordPages.map((p) => [p.path, p] as const))('%s: each of its keywords finds it', async (_, p) => {
    for (const keyword of p.keywords) expect(await urls(p.locale, keyword), `"${keyword}"`).toContain(p.path);
  });

  it('a keyword only one page lists finds that page on the first page of results', async () => {
    const counts = new Map<string, number>();
    for (const p of keywordPages)
      for (const k of p.keywords) counts.set(`${p.locale}|${k.toLowerCase()}`, (counts.get(`${p.locale}|${k.toLowerCase()}`) ?? 0) + 1);
    const distinctive = keywordPages.flatMap((p) =>
      p.keywords.filter((k) => counts.get(`${p.locale}|${k.toLowerCase()}`) === 1).map((k) => [p, k] as const),
    );
    expect(distinctive.length).toBeGreaterThan(0);
    const missed: string[] = [];
    for (const [p, k] of distinctive)
      if (!(await urls(p.locale, k)).slice(0, searchPageSize).includes(p.path)) missed.push(`${p.path} "${k}"`);
    expect(missed).toEqual([]);
  });
});

describe('filters and metadata', () => {
  /** What a built page says of itself in the index: its `data-pagefind-filter` values. */
  const filtersOf = (path: string) => {
    const $ = page(path);
    return $('[data-pagefind-filter]')
      .toArray()
      .map((el) => {
        const [name, value] = ($(el).attr('data-pagefind-filter') ?? '').split(':');
        return [name, value] as const;
      });
  };

  it('filters by type and district: exactly the pages that carry both', async () => {
    const sample = keywordPages.find((p) => filtersOf(p.path).some(([name]) => name === 'district'));
    expect(sample, 'an indexed page with a district').toBeDefined();
    const valueOf = (name: string) => filtersOf(sample!.path).find(([n]) => n === name)?.[1] ?? '';
    const [type, district] = [valueOf('type'), valueOf('district')];
    const found = await search(sample!.locale, '', { type, district });
    expect(found.map((r) => r.url)).toContain(sample!.path);
    for (const r of found) expect(r.filters.type, r.url).toContain(type);
    for (const r of found) expect(r.filters.district, r.url).toContain(district);
  });

  it.each(['zh-hans', 'zh-hant', 'th'] as const)('%s: results carry the type and district in the reader’s script', async (locale) => {
    // Pages that name their districts (a citywide incentive is filtered under every district but names none).
    const withDistrict = keywordPages.filter((p) => p.locale === locale && page(p.path)('[data-pagefind-meta^="district:"]').length > 0);
    expect(withDistrict.length).toBeGreaterThan(0);
    const script = new RegExp(`\\p{Script=${locales[locale].script === 'Thai' ? 'Thai' : 'Han'}}`, 'u');
    for (const p of withDistrict) {
      const result = (await search(locale, p.keywords[0] ?? '')).find((r) => r.url === p.path);
      expect(result?.meta.type, p.path).toMatch(script);
      expect(result?.meta.district, p.path).toMatch(script);
    }
  });

  it("a search filtered by a district finds every incentive and site its page lists (its 'see all' link)", async () => {
    const districtPages = builtPages().filter(
      (path) => /^\/[^/]+\/districts\/[^/]+\/$/.test(path) && page(path)('[data-pagefind-body]').length,
    );
    expect(districtPages.length).toBeGreaterThan(0);
    let checked = 0;
    for (const path of districtPages) {
      const [, locale, , slug] = path.split('/') as [string, Locale, string, string];
      const listed = page(path)('main dl')
        .first()
        .find('a[href]')
        .map((_, a) => page(path)(a).attr('href'))
        .get()
        .filter((href) => new RegExp(`^/${locale}/(incentives|sites)/[^/]+/$`).test(href))
        // Only pages in the locale's own index (an untranslated entry is found in English).
        .filter((href) => page(href)('[data-pagefind-body]').length > 0);
      const found = new Set((await search(locale, '', { district: slug })).map((r) => r.url));
      for (const href of listed) expect(found.has(href), `${path} lists ${href}`).toBe(true);
      checked += listed.length;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('indexes only entries in their own language', async () => {
    const all = await searchers.get('en')!.search('');
    expect(all.length).toBeGreaterThan(0);
    for (const result of await search('zh-hans', '上海')) expect(result.url).toMatch(/^\/zh-hans\//);
  });
});

describe('excerpts are readable text', () => {
  // A fact list's term and value used to run together in excerpts ("CategoryRentDistrictsNot stated").
  it.each(['rent', 'category', 'districts', 'audience', 'strengths'])('"%s": no label runs into its value', async (query) => {
    const results = await search('en', query);
    expect(results.length).toBeGreaterThan(0);
    for (const { url, excerpt } of results) {
      const text = excerpt.replace(/<\/?mark>/g, '');
      expect(text, url).not.toMatch(/\b(Category|Districts|Sectors|Who it is for|How to ask|Strengths|Key sites)[A-Z]/);
    }
  });
});

describe('"Where to ask" in the index', () => {
  // Indexed pages with the panel: who to ask in their districts (the sources' words, said nowhere
  // else) is indexed; the channels' list, the same on many pages, is not.
  const askPages = builtPages()
    .map((path) => ({ path, $: page(path) }))
    .filter(({ $ }) => $('[data-pagefind-body] section[aria-labelledby="ask-heading"]').length > 0)
    .map(({ path, $ }) => {
      const panel = $('section[aria-labelledby="ask-heading"]');
      const indexed = $('[data-pagefind-body]').clone();
      indexed.find('[data-pagefind-ignore]').remove();
      return {
        path,
        locale: path.split('/')[1] as Locale,
        who: panel
          .find('ul:not([data-pagefind-ignore]) li')
          .map((_, li) => $(li).text().split(': ').slice(1).join(': ').trim())
          .get()
          .filter(Boolean),
        // Channel titles the page says only in the panel.
        panelOnly: panel
          .find('ul[data-pagefind-ignore] > li > a')
          .map((_, a) => $(a).text().trim())
          .get()
          .filter((title) => !indexed.text().includes(title)),
      };
    });

  it('pages name who to ask, and list channels they say nowhere else', () => {
    expect(askPages.filter((p) => p.who.length > 0).length).toBeGreaterThan(0);
    expect(askPages.filter((p) => p.panelOnly.length > 0).length).toBeGreaterThan(0);
  });

  it.each(askPages.filter((p) => p.who.length > 0).map((p) => [p.path, p] as const))('%s: who to ask finds the page', async (_, p) => {
    for (const who of p.who) expect(await urls(p.locale, who), `"${who}"`).toContain(p.path);
  });

  it.each(askPages.filter((p) => p.panelOnly.length > 0).map((p) => [p.path, p] as const))(
    "%s: the channels' list is not in its indexed text",
    async (_, p) => {
      const h1 = page(p.path)('h1').first().text().trim();
      const result = (await search(p.locale, h1)).find((r) => r.url === p.path);
      expect(result, `"${h1}" finds ${p.path}`).toBeDefined();
      for (const title of p.panelOnly) expect(result!.content).not.toContain(title);
    },
  );
});
