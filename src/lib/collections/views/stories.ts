/** A delegate's story: roles, chamber, country, plans, districts named, quotes, supports mentioned. */
import { countryName } from '../../countryName';
import { articleLd, organizationLd, personLd } from '../../structuredData';
import type { EntryView, HomeSection, IndexView, Item, PageUrls, ViewContext } from '../../routing/routeTypes';
import type { GraphNode } from '../../structuredData';
import { cardOf, linkTo } from './common';

export function storyView(item: Item<'stories'>, ctx: ViewContext): EntryView {
  const { t, content, locale } = ctx;
  const { data } = item.entry;
  const districts = content.many('districts', data.districts, locale);
  const incentives = content.many('incentives', data.incentives, locale);
  return {
    districts: data.districts,
    sectors: data.sectors,
    blocks: [
      {
        kind: 'facts',
        facts: [
          { term: t('story.roles'), values: data.roles },
          { term: t('story.chamber'), values: [data.chamber] },
          { term: t('story.country'), values: [countryName(data.country, locale)] },
          { term: t('story.plans'), values: data.plans },
          { term: t('story.districts'), values: districts.map((d) => linkTo('districts', d, ctx)) },
        ],
      },
      { kind: 'quotes', quotes: data.quotes },
    ],
    related: [{ heading: t('story.incentives'), items: incentives.map((i) => cardOf('incentives', i, ctx)) }],
  };
}

/** "Ding Yi · Thailand": the line above a story's card. */
export function storyEyebrow(item: Item<'stories'>, ctx: ViewContext): string {
  return `${item.entry.data.person} · ${countryName(item.entry.data.country, ctx.locale)}`;
}

export function storyStructuredData(item: Item<'stories'>, ctx: ViewContext, urls: PageUrls): GraphNode {
  const { data } = item.entry;
  return articleLd({
    url: urls.url,
    headline: data.title,
    description: data.summary,
    inLanguage: urls.contentTag,
    dateModified: data.lastChecked,
    about: personLd({ name: data.person, jobTitle: data.roles, affiliation: organizationLd({ name: data.chamber }) }),
    publisherName: ctx.t('site.name'),
    image: urls.image,
    citations: data.sources.map((id) => {
      const source = ctx.content.source(id, ctx.locale);
      return source.url ? { name: source.title, url: source.url } : { name: source.title };
    }),
  });
}

export function storyIndex(items: Item<'stories'>[], ctx: ViewContext): IndexView {
  return { groups: [{ cards: items.map((s) => cardOf('stories', s, ctx, { eyebrow: storyEyebrow(s, ctx) })) }] };
}

export function storyHome(items: Item<'stories'>[], ctx: ViewContext): HomeSection {
  return {
    id: 'home-stories',
    heading: ctx.t('home.storiesHeading'),
    style: 'cards',
    cards: items.map((s) => cardOf('stories', s, ctx, { eyebrow: storyEyebrow(s, ctx) })),
  };
}
