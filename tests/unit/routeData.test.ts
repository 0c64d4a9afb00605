/** Route data on the real content, without Astro: what each page renders, decided in src/lib. */
import { describe, expect, it } from 'vitest';
import { collectionMetadata } from '../../src/lib/collections/metadata';
import { collectionViews } from '../../src/lib/collections/views';
import { homeSections, indexRouteData, viewContext } from '../../src/lib/routing/routeData';
import { pagesOf } from '../../src/lib/routing/pageRegistry';
import { feedItems } from '../../src/lib/routing/feed';
import { searchOptions } from '../../src/lib/search/searchOptions';
import { collectionNames } from '../../src/lib/content/schemas';
import { localeCodes } from '../../src/i18n/locales';
import { entryPages, loadEntries, realContent, renderEntries } from '../helpers/realContent';

const content = realContent();
// Pages render first and build route data from the render (its Fact citations): so do the tests.
const entryRouteData = entryPages(await renderEntries(loadEntries()));
const site = 'https://example.org/';
const en = viewContext('en', content, site);
const zh = viewContext('zh-hans', content, site);

// Route data parses every entry's body for its figures: seconds on a busy machine.
describe('entry route data', { timeout: 30_000 }, () => {
  it('builds for every entry of every collection in every locale, with its trail and canonical URL', () => {
    for (const locale of localeCodes) {
      const ctx = viewContext(locale, content, site);
      for (const name of collectionNames) {
        for (const item of content.list(name, locale)) {
          const page = entryRouteData(ctx, name, item.slug);
          expect(page.route).toBe(collectionMetadata(name).route(item.slug));
          expect(page.urls.url).toBe(`https://example.org/${locale}${page.route}`);
          expect(page.trail[0]?.href).toBe(`/${locale}/`);
          expect(page.search.type).toBe(collectionMetadata(name).searchType);
          expect(page.sources.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('names the file to write for an entry that does not exist', () => {
    expect(() => entryRouteData(en, 'districts', 'pudong')).toThrow('src/content/districts/en/pudong.mdx');
  });

  it('puts an entry under its section in the breadcrumbs, and single pages under home only', () => {
    expect(entryRouteData(en, 'sites', 'g60-corridor').trail.map((c) => c.href)).toEqual(['/en/', '/en/sites/']);
    expect(entryRouteData(en, 'event', 'gathering-in-shanghai').trail.map((c) => c.href)).toEqual(['/en/']);
    expect(entryRouteData(en, 'platforms', 'nev-platform').route).toBe('/nev-platform/');
  });

  it('lists on a district page the sites it names and the sites that name it, once each', () => {
    const page = entryRouteData(en, 'districts', 'xuhui');
    const glance = page.blocks.find((b) => b.kind === 'glance');
    const sites = glance?.kind === 'glance' ? glance.facts.find((f) => f.term === en.t('district.sites'))?.values : [];
    const hrefs = (sites ?? []).map((v) => (typeof v === 'string' ? v : 'href' in v ? v.href : v.label));
    expect(hrefs).toEqual(expect.arrayContaining(['/en/sites/caohejing-hi-tech-park/', '/en/sites/beiyang-ai-town/']));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(glance?.kind === 'glance' && glance.map?.focus).toBe('xuhui');
  });

  it('says where an incentive applies: all of Shanghai, its districts, or not stated', () => {
    const scope = (slug: string) => {
      const facts = entryRouteData(en, 'incentives', slug).blocks[0];
      return facts?.kind === 'facts' ? facts.facts.find((f) => f.term === en.t('incentive.districts'))?.values : undefined;
    };
    expect(scope('rental-discounts')).toEqual([en.t('incentive.districtsUnknown')]);
    const citywide = content.list('incentives', 'en').find((i) => i.entry.data.citywide);
    expect(citywide, 'the content has a citywide incentive').toBeDefined();
    expect(scope(citywide?.slug ?? '')).toEqual([en.t('incentive.citywide')]);
  });

  it('marks a page whose translation is missing as an English fallback with English content language', () => {
    const partial = viewContext('th', content, site);
    for (const item of content.list('stories', 'th')) {
      const page = entryRouteData(partial, 'stories', item.slug);
      expect(page.urls.contentTag).toBe(item.isFallback ? 'en' : 'th');
      expect(page.fallback).toBe(item.fallbackReason);
    }
  });
});

describe('the inferred year of the event', () => {
  it.each(localeCodes)('is said in the %s event’s structured data and feed, which must give a full date', (locale) => {
    const ctx = viewContext(locale, content, site);
    const event = entryRouteData(ctx, 'event', 'gathering-in-shanghai');
    expect(JSON.stringify(event.structuredData)).toContain(ctx.t('event.yearInferred'));
    expect(ctx.t('share.rssDateNote')).toContain('2024');
  });
});

describe('pages derived from the collection metadata and views', () => {
  it('groups the incentive directory by category, each group linkable', () => {
    const { view } = indexRouteData(en, 'incentives');
    expect(view.groups.length).toBeGreaterThan(0);
    for (const group of view.groups) expect(group.id).toMatch(/^[a-z]+$/);
    expect(view.groups.flatMap((g) => g.cards)).toHaveLength(content.list('incentives', 'en').length);
  });

  it('has a home section for each collection that asks for one, in the registry’s order', () => {
    const ids = homeSections(zh).map((s) => s.id);
    expect(ids).toEqual(['home-event', 'home-districts', 'home-incentives', 'home-bases', 'home-nev', 'home-stories']);
  });

  it('shows at most a fixed number of entries per home section, linking to the index for the rest', () => {
    for (const section of homeSections(en, 1)) {
      const name = collectionNames.find((n) => collectionViews(n).home?.(content.list(n, 'en'), en)?.id === section.id)!;
      const all = content.list(name, 'en').length;
      const index = collectionMetadata(name).index;
      if (!index) continue;
      expect(section.cards.length, section.id).toBeLessThanOrEqual(1);
      if (all > 1) expect(section.more?.href, section.id).toBe(`/en${index.route}`);
    }
    // With room for every entry, nothing is left out.
    const stories = homeSections(en, 1000).find((s) => s.id === 'home-stories');
    expect(stories?.cards.length).toBe(content.list('stories', 'en').length);
    expect(homeSections(en, 1).find((s) => s.id === 'home-stories')?.more?.label).toBe('See all: Delegate stories');
  });

  it('gives every entry a preview image and QR code, with its district named', () => {
    const pages = pagesOf(en);
    for (const name of collectionNames)
      for (const item of content.list(name, 'en')) expect(pages.map((p) => p.route)).toContain(collectionMetadata(name).route(item.slug));
    expect(pages.find((p) => p.route === '/sites/g60-corridor/')?.district).toBe(
      content.get('districts', 'songjiang', 'en')?.entry.data.title,
    );
    expect(pages.find((p) => p.route === '/districts/xuhui/')?.district).toBeUndefined();
  });

  it('feeds only the collections the registry puts in the feed, and no fallback pages', () => {
    const links = feedItems(viewContext('th', content, site)).map((i) => i.link);
    for (const name of collectionNames) {
      const inFeed = links.some((l) => content.list(name, 'th').some((i) => l === `/th${collectionMetadata(name).route(i.slug)}`));
      if (!collectionMetadata(name).feed) expect(inFeed, name).toBe(false);
    }
    for (const item of content.list('stories', 'th').filter((i) => i.isFallback)) expect(links).not.toContain(`/th/stories/${item.slug}/`);
  });

  it('offers a search filter for every collection type, district, used category and used sector', () => {
    const options = searchOptions(en);
    expect(options.types.map((o) => o.value)).toEqual(collectionNames.map((n) => collectionMetadata(n).searchType));
    expect(options.districts.map((o) => o.value)).toEqual(content.list('districts', 'en').map((d) => d.slug));
    const used = new Set(content.list('incentives', 'en').map((i) => i.entry.data.category));
    expect(options.categories.map((o) => o.value).sort()).toEqual([...used].sort());
    expect(options.sectors.map((o) => o.value)).toContain('ai');
  });
});

describe('official channels', () => {
  const channelLinks = (page: ReturnType<typeof entryRouteData>) => page.blocks.flatMap((b) => (b.kind === 'ask' ? b.channels : []));

  it('link every district, incentive and service-base page to at least one official channel, in every locale', () => {
    for (const locale of localeCodes) {
      const ctx = viewContext(locale, content, site);
      for (const name of ['districts', 'incentives', 'serviceBases'] as const) {
        for (const item of content.list(name, locale)) {
          const channels = channelLinks(entryRouteData(ctx, name, item.slug));
          expect(channels.length, `${locale} ${name}/${item.slug}`).toBeGreaterThan(0);
          for (const channel of channels) {
            expect(['http:', 'https:']).toContain(new URL(channel.link.href).protocol);
            expect(channel.href).toMatch(new RegExp(`^/${locale}/next-steps/[a-z0-9-]+/$`));
          }
        }
      }
    }
  });

  it('puts a district’s own channel before the citywide ones', () => {
    const songjiang = channelLinks(entryRouteData(en, 'districts', 'songjiang')).map((c) => c.href);
    expect(songjiang[0]).toBe('/en/next-steps/songjiang-english-site/');
    const xuhui = channelLinks(entryRouteData(en, 'districts', 'xuhui')).map((c) => c.href);
    expect(xuhui).not.toContain('/en/next-steps/songjiang-english-site/');
    expect(xuhui).toContain('/en/next-steps/major-projects-service/');
  });

  it('names who to ask in a district where the sources name someone, on its page', () => {
    const asks = (page: ReturnType<typeof entryRouteData>) => page.blocks.flatMap((b) => (b.kind === 'ask' ? b.contacts : []));
    for (const ctx of [en, zh]) {
      for (const slug of ['xuhui', 'changning'] as const) {
        const district = content.get('districts', slug, ctx.locale)!;
        expect(asks(entryRouteData(ctx, 'districts', slug))).toEqual([
          { district: district.entry.data.title, who: district.entry.data.askAt },
        ]);
      }
      // Songjiang has its own English site and no askAt: nothing invented for it.
      expect(asks(entryRouteData(ctx, 'districts', 'songjiang'))).toEqual([]);
    }
  });

  it('labels a channel link by its source’s kind, and calls only an official site one', () => {
    for (const locale of localeCodes) {
      const ctx = viewContext(locale, content, site);
      for (const channel of content.list('channels', locale)) {
        const source = content.source(channel.entry.data.link, locale);
        const page = entryRouteData(ctx, 'channels', channel.slug);
        const link = page.blocks.flatMap((b) => (b.kind === 'facts' ? b.facts : [])).flatMap((f) => f.values)[0] as {
          label: string;
          href: string;
        };
        expect(link.href).toBe(source.url);
        const official = ctx.t('sourceLinks.officialSite', { host: new URL(source.url!).host });
        expect(link.label === official, `${locale} ${channel.slug}`).toBe(source.kind === 'official-site');
      }
    }
  });

  it('lists the next steps in order (rules, contact, projects), each with its channels linked', () => {
    const index = indexRouteData(zh, 'channels');
    expect(index.route).toBe('/next-steps/');
    expect(index.view.groups.map((g) => g.id)).toEqual(['step-rules', 'step-contact', 'step-projects']);
    for (const group of index.view.groups) {
      expect(group.cards.length).toBeGreaterThan(0);
      for (const card of group.cards) {
        expect(card.href).toMatch(/^\/zh-hans\/next-steps\/[a-z0-9-]+\/$/);
        expect(card.links?.[0]?.external).toBe(true);
      }
    }
  });

  it('numbers the figures of a page, at a glance first, and links each cited source back to them', () => {
    for (const ctx of [en, zh]) {
      const page = entryRouteData(ctx, 'districts', 'xuhui');
      const cited = page.sources.flatMap((s) => s.facts);
      expect([...cited].sort((a, b) => a - b)).toEqual(cited.map((_, i) => i + 1));
      // The three confirmed figures at a glance are 1–3; the body's first figures follow.
      expect(page.sources.find((s) => s.id === 'foreign-firms-2023')?.facts).toEqual([1, 2, 3]);
      expect(page.sources.find((s) => s.id === 'ai-output')?.facts).toEqual([4, 5, 6]);
      const glance = page.blocks.find((b) => b.kind === 'glance');
      const figures =
        glance?.kind === 'glance'
          ? glance.facts.flatMap((f) => f.values.flatMap((v) => (typeof v === 'object' && 'figure' in v ? [v.figure] : [])))
          : [];
      const n = page.sources.findIndex((s) => s.id === 'foreign-firms-2023') + 1;
      expect(figures).toEqual([1, 2, 3].map((k) => ({ k, n })));
    }
  });

  it('gives every district its confirmed foreign-investment figures, each citing a listed source', () => {
    for (const slug of ['xuhui', 'changning', 'songjiang']) {
      const page = entryRouteData(en, 'districts', slug);
      const figureSources = page.sources.filter((s) => s.id?.startsWith('foreign-firms-'));
      expect(figureSources).toHaveLength(1);
      expect(figureSources[0]!.facts.length, slug).toBeGreaterThanOrEqual(2);
    }
  });
});
