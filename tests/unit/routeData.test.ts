/** Route data on the real content, without Astro: what each page renders, decided in src/lib. */
import { describe, expect, it } from 'vitest';
import { collectionMetadata } from '../../src/lib/collections/metadata';
import { collectionViews } from '../../src/lib/collections/views';
import { homeSections, indexRouteData, viewContext } from '../../src/lib/routing/routeData';
import { pagesOf } from '../../src/lib/routing/pageRegistry';
import { feedItems } from '../../src/lib/routing/feed';
import { relatedListSize } from '../../src/lib/routing/listSizes';
import { searchOptions } from '../../src/lib/search/searchOptions';
import { collectionNames } from '../../src/lib/content/schemas';
import { localeCodes } from '../../src/i18n/locales';
import { contentWithThaiFallbacks, editedContent, entryPages, realContent, renderedRealContent } from '../helpers/realContent';

const content = realContent();
// Pages render first and build route data from the render (its Fact citations): so do the tests.
const entryRouteData = entryPages(await renderedRealContent());
const site = 'https://example.org/';
const en = viewContext('en', content, site);
const zh = viewContext('zh-hans', content, site);

/** The links of a district page's "sites" line at a glance. */
function districtSiteLinks(page: ReturnType<typeof entryRouteData>): string[] {
  const glance = page.blocks.find((b) => b.kind === 'glance');
  const sites = glance?.kind === 'glance' ? glance.facts.find((f) => f.term === en.t('district.sites'))?.values : [];
  return (sites ?? []).flatMap((v) => (typeof v === 'object' && 'href' in v ? [v.href] : []));
}

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
    expect(() => entryRouteData(en, 'districts', 'no-such-district')).toThrow('src/content/districts/en/no-such-district.mdx');
  });

  it('puts an entry under its section in the breadcrumbs, and single pages under home only', () => {
    for (const name of collectionNames) {
      const index = collectionMetadata(name).index;
      for (const item of content.list(name, 'en')) {
        const trail = entryRouteData(en, name, item.slug).trail.map((c) => c.href);
        expect(trail, `${name}/${item.slug}`).toEqual(index ? ['/en/', `/en${index.route}`] : ['/en/']);
      }
    }
  });

  it('lists on a district page the sites it names and the sites that name it, once each', () => {
    // A fixture where no district lists its sites: every site must still be on its district's page.
    const unlisted = editedContent((entries) => ({
      ...entries,
      districts: entries.districts.map((d) => ({ ...d, data: { ...d.data, sites: [] } })),
    }));
    /** Checks every district page of `ctx`; returns how many site links they show. */
    const checkDistricts = (ctx: typeof en): number => {
      let count = 0;
      for (const district of ctx.content.list('districts', 'en')) {
        const hrefs = districtSiteLinks(entryRouteData(ctx, 'districts', district.slug));
        const expected = ctx.content
          .list('sites', 'en')
          .filter((s) => district.entry.data.sites.includes(s.slug) || s.entry.data.district === district.slug)
          .map((s) => `/en/sites/${s.slug}/`);
        const shown = hrefs.filter((h) => h.startsWith('/en/sites/'));
        expect(new Set(hrefs).size, district.slug).toBe(hrefs.length);
        expect(expected, district.slug).toEqual(expect.arrayContaining(shown));
        // A long list shows its first few and ends with a link to the rest in search.
        if (hrefs.length > shown.length) expect(shown.length, district.slug).toBe(relatedListSize);
        else expect([...shown].sort(), district.slug).toEqual([...expected].sort());
        count += shown.length;
      }
      return count;
    };
    checkDistricts(en);
    expect(checkDistricts(viewContext('en', unlisted, site)), 'sites shown with no district listing them').toBeGreaterThan(0);
  });

  it('focuses a district page’s map on the district', () => {
    for (const district of content.list('districts', 'en')) {
      const page = entryRouteData(en, 'districts', district.slug);
      const glance = page.blocks.find((b) => b.kind === 'glance');
      expect(glance?.kind === 'glance' && glance.map?.focus).toBe(district.slug);
    }
  });

  it('says where an incentive applies: all of Shanghai, its districts, or not stated', () => {
    const scope = (slug: string) => {
      const facts = entryRouteData(en, 'incentives', slug).blocks[0];
      return facts?.kind === 'facts' ? facts.facts.find((f) => f.term === en.t('incentive.districts'))?.values : undefined;
    };
    for (const incentive of content.list('incentives', 'en')) {
      const { citywide, districts } = incentive.entry.data;
      const named = content
        .many('districts', districts, 'en')
        .map((d) => ({ label: d.entry.data.title, href: `/en/districts/${d.slug}/` }));
      const expected = citywide
        ? [en.t('incentive.citywide')]
        : named.length
          ? named.map((d) => expect.objectContaining(d))
          : [en.t('incentive.districtsUnknown')];
      expect(scope(incentive.slug), incentive.slug).toEqual(expected);
    }
  });

  it('marks a page whose translation is missing or outdated as an English fallback with English content language', () => {
    const { content: partialContent, missing, outdated } = contentWithThaiFallbacks();
    const partial = viewContext('th', partialContent, site);
    const stories = partialContent.list('stories', 'th');
    expect(stories.filter((i) => i.isFallback).map((i) => [i.slug, i.fallbackReason])).toEqual(
      expect.arrayContaining([
        [missing, 'missing'],
        [outdated, 'outdated'],
      ]),
    );
    for (const item of stories) {
      const page = entryRouteData(partial, 'stories', item.slug);
      expect(page.urls.contentTag, item.slug).toBe(item.isFallback ? 'en' : 'th');
      expect(page.fallback, item.slug).toBe(item.fallbackReason);
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
    for (const item of content.list('sites', 'en'))
      expect(pages.find((p) => p.route === `/sites/${item.slug}/`)?.district, item.slug).toBe(
        content.get('districts', item.entry.data.district, 'en')?.entry.data.title,
      );
    for (const item of content.list('districts', 'en'))
      expect(pages.find((p) => p.route === `/districts/${item.slug}/`)?.district, item.slug).toBeUndefined();
  });

  it('feeds only the collections the registry puts in the feed, and no fallback pages', () => {
    const links = feedItems(viewContext('th', content, site)).map((i) => i.link);
    for (const name of collectionNames) {
      const inFeed = links.some((l) => content.list(name, 'th').some((i) => l === `/th${collectionMetadata(name).route(i.slug)}`));
      if (!collectionMetadata(name).feed) expect(inFeed, name).toBe(false);
    }
    // Fallbacks made on purpose (the content may have none): left out, while the stories' real translations are in.
    expect(collectionMetadata('stories').feed, 'the fixture’s fallbacks are stories, a collection in the feed').toBe(true);
    const { content: partialContent, missing, outdated } = contentWithThaiFallbacks();
    const partialLinks = feedItems(viewContext('th', partialContent, site)).map((i) => i.link);
    expect(partialLinks).not.toContain(`/th/stories/${missing}/`);
    expect(partialLinks).not.toContain(`/th/stories/${outdated}/`);
    const translated = partialContent.list('stories', 'th').filter((i) => !i.isFallback);
    for (const item of translated) expect(partialLinks).toContain(`/th/stories/${item.slug}/`);
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

  it('puts a district’s own channels before the citywide ones, and no other district’s', () => {
    const kindOf = (district: string, href: string) => {
      const channel = content.get('channels', href.split('/')[3] ?? '', 'en');
      if (!channel) return `unknown ${href}`;
      const { districts, zone } = channel.entry.data;
      if (districts.includes(district)) return 'own';
      return districts.length === 0 && !zone ? 'citywide' : `other ${href}`;
    };
    let own = 0;
    for (const district of content.list('districts', 'en')) {
      const kinds = channelLinks(entryRouteData(en, 'districts', district.slug)).map((c) => kindOf(district.slug, c.href));
      expect(kinds, district.slug).toEqual([...kinds.filter((k) => k === 'own'), ...kinds.filter((k) => k === 'citywide')]);
      const listed = content.list('channels', 'en').filter((c) => c.entry.data.districts.includes(district.slug));
      expect(
        kinds.filter((k) => k === 'own'),
        district.slug,
      ).toHaveLength(listed.length);
      own += listed.length;
    }
    expect(own, 'some district has a channel of its own, or this test checks no order').toBeGreaterThan(0);
  });

  it('names who to ask in a district where the sources name someone, on its page, and invents no one', () => {
    const asks = (page: ReturnType<typeof entryRouteData>) => page.blocks.flatMap((b) => (b.kind === 'ask' ? b.contacts : []));
    for (const ctx of [en, zh]) {
      for (const district of content.list('districts', ctx.locale)) {
        const { title, askAt } = district.entry.data;
        const expected = askAt ? [{ district: title, who: askAt }] : [];
        expect(asks(entryRouteData(ctx, 'districts', district.slug)), `${ctx.locale} ${district.slug}`).toEqual(expected);
      }
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
      for (const district of content.list('districts', ctx.locale)) {
        const at = `${ctx.locale} ${district.slug}`;
        const page = entryRouteData(ctx, 'districts', district.slug);
        const cited = page.sources.flatMap((s) => s.facts);
        expect(
          [...cited].sort((a, b) => a - b),
          at,
        ).toEqual(cited.map((_, i) => i + 1));
        const glance = page.blocks.find((b) => b.kind === 'glance');
        const figures =
          glance?.kind === 'glance'
            ? glance.facts.flatMap((f) => f.values.flatMap((v) => (typeof v === 'object' && 'figure' in v ? [v.figure] : [])))
            : [];
        // Every confirmed figure at a glance, numbered 1, 2, … before the body's, citing its own source.
        expect(
          figures.map((f) => f.k),
          at,
        ).toEqual(district.entry.data.figures.map((_, i) => i + 1));
        district.entry.data.figures.forEach((figure, i) => {
          const { k, n } = figures[i]!;
          expect(page.sources[n - 1]?.id, `${at} figure ${k}`).toBe(figure.source);
          expect(page.sources[n - 1]?.facts, `${at} figure ${k}`).toContain(k);
        });
      }
    }
  });
});
