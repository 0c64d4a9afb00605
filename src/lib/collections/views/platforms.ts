/** A platform's page (the NEV collaboration platform): who launched it, its purpose, agreements. */
import { organizationLd } from '../../structuredData';
import type { EntryView, HomeSection, Item, PageUrls, ViewContext } from '../../routing/routeTypes';
import { cardOf } from './common';
import type { GraphNode } from '../../structuredData';

export function platformView(item: Item<'platforms'>, ctx: ViewContext): EntryView {
  const { t } = ctx;
  const { data } = item.entry;
  return {
    districts: [],
    sectors: data.sectors,
    blocks: [
      {
        kind: 'facts',
        facts: [
          { term: t('platform.launchedBy'), values: data.launchedBy },
          { term: t('platform.purpose'), values: [data.purpose] },
          { term: t('platform.agreements'), values: data.agreements },
        ],
      },
    ],
    related: [],
  };
}

export function platformStructuredData(item: Item<'platforms'>, _ctx: ViewContext, urls: PageUrls): GraphNode {
  const { data } = item.entry;
  return organizationLd({ url: urls.url, name: data.title, description: data.summary });
}

/** The home page features the platform: its summary and a link named by its title. */
export function platformHome(items: Item<'platforms'>[], ctx: ViewContext): HomeSection {
  return {
    id: 'home-nev',
    heading: ctx.t('home.nevHeading'),
    style: 'feature',
    cards: items.map((p) => cardOf('platforms', p, ctx)),
  };
}
