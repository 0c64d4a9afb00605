/** A district's page: strengths, the incentives and sites tied to it, its map, and stories naming it. */
import { districtLd } from '../../structuredData';
import { incentivesForDistrict } from './relations';
import { districtMapInput } from '../../maps/mapData';
import type { EntryView, HomeSection, IndexView, Item, Link, PageUrls, ViewContext } from '../../routing/routeTypes';
import type { GraphNode } from '../../structuredData';
import { askBlock } from './channels';
import { bounded, cardOf, linkTo } from './common';
import { localizedPath } from '../../routing/localizedUrl';
import { pageRoutes } from '../../routing/routes';
import { buildDay, needsAsOf } from '../../markdown/factAsOf';

/** The link to the districts side by side, from the districts index, each district's page and the home page. */
export function compareLink(ctx: ViewContext): Link {
  return { label: ctx.t('compare.link'), href: localizedPath(ctx.locale, pageRoutes.compareDistricts) };
}

/** A district's key sites: those it lists, then those that name it without being listed. */
export function districtSites(item: Item<'districts'>, ctx: ViewContext): Item<'sites'>[] {
  const { content, locale } = ctx;
  const { data } = item.entry;
  const listed = content.many('sites', data.sites, locale);
  const naming = content.referencing('sites', 'district', item.slug, locale).filter((s) => !data.sites.includes(s.slug));
  return [...listed, ...naming];
}

/** The incentives that apply to a district (`tied`), and those whose place the sources leave open (`general`): relations.ts. */
export function districtIncentives(
  item: Item<'districts'>,
  ctx: ViewContext,
): { tied: Item<'incentives'>[]; general: Item<'incentives'>[] } {
  const { content, locale } = ctx;
  const incentives = content.list('incentives', locale);
  const { tied, general } = incentivesForDistrict(
    item.slug,
    item.entry.data.incentives,
    incentives.map((i) => ({ slug: i.slug, districts: i.entry.data.districts, citywide: i.entry.data.citywide })),
  );
  return { tied: content.many('incentives', tied, locale), general: content.many('incentives', general, locale) };
}

export function districtView(item: Item<'districts'>, ctx: ViewContext): EntryView {
  const { t, content, locale } = ctx;
  const { data } = item.entry;
  const sites = districtSites(item, ctx);
  const { tied, general } = districtIncentives(item, ctx);
  // Each list a district's page shows grows with the content: the first few, then a link to all.
  const inDistrict = { district: item.slug };
  const today = buildDay();
  const isOld = (source: string) => {
    const date = content.source(source, locale).date;
    return date !== undefined && needsAsOf(date, today);
  };
  const tiedItems = bounded(tied, 'incentives', ctx, inDistrict);
  const generalItems = bounded(general, 'incentives', ctx);
  const siteItems = bounded(sites, 'sites', ctx, inDistrict);
  const stories = bounded(content.referencing('stories', 'districts', item.slug, locale), 'stories', ctx, inDistrict);
  const withMore = (values: Link[], more?: Link) => (more ? [...values, more] : values);
  return {
    districts: [item.slug],
    blocks: [
      {
        kind: 'glance',
        facts: [
          { term: t('district.strengths'), values: data.strengths },
          {
            term: t('district.figures'),
            values: data.figures.map((f, i) => ({
              label: f.text,
              figure: { k: i + 1, n: data.sources.indexOf(f.source) + 1 },
              // Older than two years at build time: "as of" where the figure stands (src/lib/figureAge.ts).
              note: `(${isOld(f.source) ? t('entry.asOf', { date: f.asOf }) : f.asOf})`,
            })),
          },
          {
            term: t('district.incentives'),
            values: withMore(
              tiedItems.shown.map((i) => linkTo('incentives', i, ctx)),
              tiedItems.more,
            ),
          },
          {
            term: t('district.sites'),
            values: sites.length
              ? withMore(
                  siteItems.shown.map((s) => linkTo('sites', s, ctx)),
                  siteItems.more,
                )
              : [t('district.noSites')],
          },
        ],
        map: districtMapInput(ctx, item.slug),
        links: [compareLink(ctx)],
      },
      askBlock([item.slug], ctx),
    ],
    related: [
      { heading: t('district.incentives'), items: tiedItems.shown.map((i) => cardOf('incentives', i, ctx)), more: tiedItems.more },
      {
        heading: t('district.incentivesGeneral'),
        note: t('district.incentivesGeneralNote'),
        items: generalItems.shown.map((i) => cardOf('incentives', i, ctx)),
        more: generalItems.more,
      },
      { heading: t('district.stories'), items: stories.shown.map((s) => cardOf('stories', s, ctx)), more: stories.more },
    ],
  };
}

export function districtStructuredData(item: Item<'districts'>, ctx: ViewContext, urls: PageUrls): GraphNode {
  const { data } = item.entry;
  return districtLd({
    url: urls.url,
    name: data.title,
    alternateName: data.officialName,
    description: data.summary,
    containedInPlace: ctx.t('site.shanghai'),
    image: urls.image,
  });
}

export function districtIndex(items: Item<'districts'>[], ctx: ViewContext): IndexView {
  return { map: districtMapInput(ctx), links: [compareLink(ctx)], groups: [{ cards: items.map((d) => cardOf('districts', d, ctx)) }] };
}

export function districtHome(items: Item<'districts'>[], ctx: ViewContext): HomeSection {
  return {
    id: 'home-districts',
    heading: ctx.t('home.districtsHeading'),
    style: 'cards',
    map: districtMapInput(ctx),
    cards: items.map((d) => cardOf('districts', d, ctx)),
    links: [compareLink(ctx)],
  };
}
