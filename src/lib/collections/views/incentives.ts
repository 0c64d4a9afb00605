/** An incentive's page: category, where it applies, sectors, audience, who to ask; stories that mention it. */
import { incentiveCategories } from '../../content/schemas';
import { districtsForIncentive } from './relations';
import type { EntryView, HomeSection, IndexView, Item, Link, ViewContext } from '../../routing/routeTypes';
import { askBlock } from './channels';
import { bounded, cardOf, linkTo, sectorLabels } from './common';

/** Where an incentive applies: all of Shanghai, its districts, or "not stated". */
export function incentiveScope(data: { citywide: boolean; districts: string[] }, ctx: ViewContext): Array<string | Link> {
  if (data.citywide) return [ctx.t('incentive.citywide')];
  const districts = ctx.content.many('districts', data.districts, ctx.locale);
  return districts.length ? districts.map((d) => linkTo('districts', d, ctx)) : [ctx.t('incentive.districtsUnknown')];
}

export function incentiveView(item: Item<'incentives'>, ctx: ViewContext): EntryView {
  const { t, content, locale } = ctx;
  const { data } = item.entry;
  const category = t(`incentive.categories.${data.category}`);
  // The stories naming it: no search filter says which incentive a story names, so all are in the index.
  const stories = bounded(content.referencing('stories', 'incentives', item.slug, locale), 'stories', ctx);
  return {
    typeLabel: `${t('types.incentive')} · ${category}`,
    districts: data.districts,
    // As the district pages count it: where it applies or a district lists it, every district if citywide.
    filterDistricts: districtsForIncentive(
      { slug: item.slug, districts: data.districts, citywide: data.citywide },
      content.list('districts', locale).map((d) => ({ slug: d.slug, incentives: d.entry.data.incentives })),
    ),
    category: data.category,
    sectors: data.sectors,
    blocks: [
      {
        kind: 'facts',
        facts: [
          { term: t('incentive.category'), values: [{ label: category, href: `${ctx.indexHref('incentives')}#${data.category}` }] },
          { term: t('incentive.districts'), values: incentiveScope(data, ctx) },
          { term: t('incentive.sectors'), values: data.sectors.length ? sectorLabels(data.sectors, ctx) : [t('incentive.sectorsAny')] },
          { term: t('incentive.audience'), values: data.audience },
          { term: t('incentive.howToAsk'), values: [data.howToAsk] },
        ],
      },
      askBlock(data.districts, ctx),
    ],
    related: [{ heading: t('incentive.storiesMention'), items: stories.shown.map((s) => cardOf('stories', s, ctx)), more: stories.more }],
  };
}

/** The directory: one group per category that has incentives, in the schema's order. */
export function incentiveIndex(items: Item<'incentives'>[], ctx: ViewContext): IndexView {
  const { t } = ctx;
  const scopeText = (i: Item<'incentives'>) =>
    incentiveScope(i.entry.data, ctx)
      .map((v) => (typeof v === 'string' ? v : v.label))
      .join(', ');
  return {
    lead: t('incentive.directoryIntro'),
    nav: t('incentive.category'),
    groups: incentiveCategories
      .map((category) => ({
        id: category,
        heading: t(`incentive.categories.${category}`),
        cards: items
          .filter((i) => i.entry.data.category === category)
          .map((i) => cardOf('incentives', i, ctx, { note: `${t('incentive.districts')}: ${scopeText(i)}` })),
      }))
      .filter((group) => group.cards.length > 0),
  };
}

export function incentiveHome(items: Item<'incentives'>[], ctx: ViewContext): HomeSection {
  const { t } = ctx;
  return {
    id: 'home-incentives',
    heading: t('home.incentivesHeading'),
    style: 'links',
    cards: items.map((i) => cardOf('incentives', i, ctx, { note: t(`incentive.categories.${i.entry.data.category}`) })),
    more: { label: t('home.allIncentives'), href: ctx.indexHref('incentives') },
  };
}
