/** A service base's page: who runs it, what it offers, for whom, where, since when. */
import { formatDate } from '../../formatDate';
import { organizationLd } from '../../structuredData';
import type { EntryView, HomeSection, Item, PageUrls, ViewContext } from '../../routing/routeTypes';
import { askBlock } from './channels';
import { cardOf } from './common';
import type { GraphNode } from '../../structuredData';

export function serviceBaseView(item: Item<'serviceBases'>, ctx: ViewContext): EntryView {
  const { t, locale } = ctx;
  const { data } = item.entry;
  return {
    districts: [],
    blocks: [
      {
        kind: 'facts',
        facts: [
          { term: t('serviceBase.operator'), values: [data.operator] },
          { term: t('serviceBase.services'), values: data.services },
          { term: t('serviceBase.audience'), values: data.audience },
          { term: t('serviceBase.location'), values: [data.location] },
          { term: t('serviceBase.opened'), values: data.opened ? [formatDate(data.opened, locale)] : [] },
        ],
      },
      askBlock([], ctx),
    ],
    related: [],
  };
}

export function serviceBaseStructuredData(item: Item<'serviceBases'>, _ctx: ViewContext, urls: PageUrls): GraphNode {
  const { data } = item.entry;
  return organizationLd({
    url: urls.url,
    name: data.title,
    alternateName: data.officialName,
    description: data.summary,
    location: data.location,
  });
}

export function serviceBaseHome(items: Item<'serviceBases'>[], ctx: ViewContext): HomeSection {
  return {
    id: 'home-bases',
    heading: ctx.t('home.serviceBasesHeading'),
    style: 'cards',
    cards: items.map((b) => cardOf('serviceBases', b, ctx)),
  };
}
