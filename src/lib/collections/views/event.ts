/** The event's page: its reach on the world map, the date (with the inferred year said), reach, live-stream cities. */
import { formatDate } from '../../formatDate';
import { worldMapInput } from '../../maps/mapData';
import { eventLd } from '../../structuredData';
import type { EntryView, HomeSection, Item, PageUrls, ViewContext } from '../../routing/routeTypes';
import { cardOf } from './common';
import type { GraphNode } from '../../structuredData';

export function eventView(item: Item<'event'>, ctx: ViewContext): EntryView {
  const { t, locale } = ctx;
  const { data } = item.entry;
  const date = formatDate(data.date, locale);
  return {
    districts: [],
    blocks: [
      { kind: 'worldMap', map: worldMapInput(ctx) },
      {
        kind: 'facts',
        facts: [
          { term: t('event.date'), values: [data.yearInferred ? `${date} — ${t('event.yearInferred')}` : date] },
          {
            term: t('event.reach'),
            values: data.countriesAndRegions ? [t('event.countriesAndRegions', { count: data.countriesAndRegions })] : [],
          },
          { term: t('event.livestream'), values: data.livestreamCities },
        ],
      },
    ],
    related: [],
  };
}

export function eventStructuredData(item: Item<'event'>, ctx: ViewContext, urls: PageUrls): GraphNode {
  const { data } = item.entry;
  return eventLd({
    url: urls.url,
    name: data.title,
    // startDate must be a full date; the description says when its year is only inferred.
    description: data.yearInferred ? `${data.summary} ${ctx.t('event.yearInferred')}` : data.summary,
    startDate: data.date,
    inLanguage: urls.contentTag,
    location: { name: ctx.t('site.shanghai') },
    virtualLocations: data.livestreamCities.map((name) => ({ name })),
    image: urls.image,
  });
}

/** The home page opens with what happened: the event's summary and a link to its page. */
export function eventHome(items: Item<'event'>[], ctx: ViewContext): HomeSection {
  return {
    id: 'home-event',
    heading: ctx.t('home.whatHappened'),
    style: 'feature',
    cards: items.map((e) => ({ ...cardOf('event', e, ctx), title: ctx.t('home.readAboutEvent') })),
  };
}
