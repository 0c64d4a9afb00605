/**
 * The built Pagefind bundles, queried from Node with the bundles' own pagefind.js: queries an
 * investor would type put the right page in the top three, in every locale and script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, distDir } from '../../scripts/lib/dist';
import { startStaticServer, type StaticServer } from '../../scripts/lib/server';
import { openSearch, type NodeSearchResult } from '../../scripts/lib/pagefindNode';
import { locales, localeCodes, type Locale } from '../../src/i18n/locales';
import { converterInto, isChineseScript, queryVariants } from '../../src/lib/queryVariants';

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
async function search(locale: Locale, query: string, filters?: Record<string, string>): Promise<NodeSearchResult[]> {
  const script = locales[locale].script;
  const variants = isChineseScript(script) && query ? queryVariants(query, await converterInto(script)) : [query];
  const lists = await Promise.all(variants.map((v) => searchers.get(locale)!.search(v, filters)));
  const seen = new Set<string>();
  return lists.flat().filter((r) => !seen.has(r.url) && seen.add(r.url));
}

const topThree = async (locale: Locale, query: string) => (await search(locale, query)).slice(0, 3).map((r) => r.url);

describe('one bundle per locale', () => {
  it.each(localeCodes)('%s has its own Pagefind bundle', (code) => {
    expect(existsSync(join(distDir, 'pagefind', code, 'pagefind.js'))).toBe(true);
  });
});

const investorQueries: Array<[Locale, string, string]> = [
  ['en', 'lease', '/en/incentives/rental-discounts/'],
  ['en', 'office rent', '/en/incentives/rental-discounts/'],
  ['en', 'tax relief', '/en/incentives/tax-incentives/'],
  ['en', 'subsidy', '/en/incentives/special-funds/'],
  ['en', 'startup', '/en/service-bases/alumni-entrepreneurship/'],
  ['en', 'visa', '/en/incentives/overseas-talent-services/'],
  ['en', 'electric car', '/en/nev-platform/'],
  ['en', 'headquarters', '/en/incentives/regional-headquarters-support/'],
  ['zh-hans', '房租', '/zh-hans/incentives/rental-discounts/'],
  ['zh-hans', '减税', '/zh-hans/incentives/tax-incentives/'],
  ['zh-hans', '补贴', '/zh-hans/incentives/special-funds/'],
  ['zh-hans', '创业', '/zh-hans/service-bases/alumni-entrepreneurship/'],
  ['zh-hans', '優惠', '/zh-hans/incentives/tax-incentives/'],
  ['zh-hant', '補貼', '/zh-hant/incentives/special-funds/'],
  ['zh-hant', '減稅', '/zh-hant/incentives/tax-incentives/'],
  ['zh-hant', '资金', '/zh-hant/incentives/special-funds/'],
  ['zh-hant', '创业', '/zh-hant/service-bases/alumni-entrepreneurship/'],
  ['th', 'ค่าเช่า', '/th/incentives/rental-discounts/'],
  ['th', 'ลดภาษี', '/th/incentives/tax-incentives/'],
  ['th', 'เงินอุดหนุน', '/th/incentives/special-funds/'],
  ['th', 'วีซ่า', '/th/incentives/overseas-talent-services/'],
  ['th', 'รถยนต์ไฟฟ้า', '/th/nev-platform/'],
  ['id', 'sewa', '/id/incentives/rental-discounts/'],
  ['id', 'keringanan pajak', '/id/incentives/tax-incentives/'],
  ['id', 'subsidi', '/id/incentives/special-funds/'],
  ['id', 'startup', '/id/service-bases/alumni-entrepreneurship/'],
  ['id', 'mobil listrik', '/id/nev-platform/'],
];

describe('queries an investor would type', () => {
  it.each(investorQueries)('%s: "%s" puts %s in the top three', async (locale, query, expected) => {
    expect(await topThree(locale, query)).toContain(expected);
  });

  it('finds a page by a keyword its text does not contain', async () => {
    const page = await import('node:fs').then((fs) => fs.readFileSync(join(distDir, 'en/incentives/rental-discounts/index.html'), 'utf8'));
    const visible = page.replace(/<p hidden[^>]*>[^<]*<\/p>/g, '');
    expect(visible.toLowerCase()).not.toContain('premises cost');
    expect(await topThree('en', 'premises cost')).toContain('/en/incentives/rental-discounts/');
  });
});

describe('filters and metadata', () => {
  it('filters by district, type and category with stable slugs', async () => {
    const sites = await search('zh-hant', '', { type: 'site', district: 'xuhui' });
    expect(sites.map((r) => r.url).sort()).toEqual(['/zh-hant/sites/beiyang-ai-town/', '/zh-hant/sites/caohejing-hi-tech-park/']);
    const rent = await searchers.get('en')!.search('support', { category: 'rent' });
    expect(rent.map((r) => r.url)).toEqual(['/en/incentives/rental-discounts/']);
  });

  it('carries the type and district in the reader’s language', async () => {
    const [first] = await searchers.get('zh-hans')!.search('漕河泾');
    expect(first?.meta).toMatchObject({ type: '重点区域', district: '徐汇区' });
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
