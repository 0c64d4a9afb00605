/** A key site's page: its district (linked, and on the map), kind and sectors. */
import { siteLd } from '../../structuredData';
import { districtMapInput } from '../../maps/mapData';
import type { EntryView, IndexView, Item, PageUrls, ViewContext } from '../../routing/routeTypes';
import type { GraphNode } from '../../structuredData';
import { cardOf, linkTo, sectorLabels } from './common';

export function siteView(item: Item<'sites'>, ctx: ViewContext): EntryView {
  const { t, content, locale } = ctx;
  const { data } = item.entry;
  const district = content.get('districts', data.district, locale);
  return {
    districts: [data.district],
    sectors: data.sectors,
    blocks: [
      {
        kind: 'glance',
        facts: [
          { term: t('keySite.district'), values: district ? [linkTo('districts', district, ctx)] : [] },
          { term: t('keySite.kind'), values: [t(`keySite.kinds.${data.kind}`)] },
          { term: t('keySite.sectors'), values: sectorLabels(data.sectors, ctx) },
        ],
        map: districtMapInput(ctx, data.district, item.slug),
      },
    ],
    related: [],
  };
}

export function siteStructuredData(item: Item<'sites'>, ctx: ViewContext, urls: PageUrls): GraphNode {
  const { data } = item.entry;
  const district = ctx.content.get('districts', data.district, ctx.locale);
  return siteLd({
    url: urls.url,
    name: data.title,
    alternateName: data.officialName,
    description: data.summary,
    containedInPlace: district ? { name: district.entry.data.title, url: ctx.absolute(ctx.href('districts', district.slug)) } : undefined,
    image: urls.image,
  });
}

export function siteIndex(items: Item<'sites'>[], ctx: ViewContext): IndexView {
  const { t, content, locale } = ctx;
  const districtName = (slug: string) => content.get('districts', slug, locale)?.entry.data.title ?? slug;
  return {
    groups: [
      {
        cards: items.map((s) =>
          cardOf('sites', s, ctx, { eyebrow: `${t(`keySite.kinds.${s.entry.data.kind}`)} · ${districtName(s.entry.data.district)}` }),
        ),
      },
    ],
  };
}
