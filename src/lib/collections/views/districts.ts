/** A district's page: strengths, the incentives and sites tied to it, its map, and stories naming it. */
import { districtLd } from '../../structuredData';
import { incentivesForDistrict } from './relations';
import { districtMapInput } from '../../maps/mapData';
import type { EntryView, HomeSection, IndexView, Item, Link, PageUrls, ViewContext } from '../../routing/routeTypes';
import type { GraphNode } from '../../structuredData';
import { askBlock } from './channels';
import { bounded, cardOf, linkTo } from './common';
import { buildDay, needsAsOf } from '../../figureAge';

export function districtView(item: Item<'districts'>, ctx: ViewContext): EntryView {
  const { t, content, locale } = ctx;
  const { data } = item.entry;
  // Sites the district lists, then sites that name the district without being listed.
  const listed = content.many('sites', data.sites, locale);
  const naming = content.referencing('sites', 'district', item.slug, locale).filter((s) => !data.sites.includes(s.slug));
  const sites = [...listed, ...naming];
  const incentives = content.list('incentives', locale);
  const { tied, general } = incentivesForDistrict(
    item.slug,
    data.incentives,
    incentives.map((i) => ({ slug: i.slug, districts: i.entry.data.districts, citywide: i.entry.data.citywide })),
  );
  // Each list a district's page shows grows with the content: the first few, then a link to all.
  const inDistrict = { district: item.slug };
  const today = buildDay();
  const isOld = (source: string) => {
    const date = content.source(source, locale).date;
    return date !== undefined && needsAsOf(date, today);
  };
  const tiedItems = bounded(content.many('incentives', tied, locale), 'incentives', ctx, inDistrict);
  const generalItems = bounded(content.many('incentives', general, locale), 'incentives', ctx);
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
  return { map: districtMapInput(ctx), groups: [{ cards: items.map((d) => cardOf('districts', d, ctx)) }] };
}

export function districtHome(items: Item<'districts'>[], ctx: ViewContext): HomeSection {
  return {
    id: 'home-districts',
    heading: ctx.t('home.districtsHeading'),
    style: 'cards',
    map: districtMapInput(ctx),
    cards: items.map((d) => cardOf('districts', d, ctx)),
  };
}
