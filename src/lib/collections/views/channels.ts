/**
 * Official channels (fact sheet section 8): each channel's page, the next-steps page that lists
 * them step by step, and the "Where to ask" panel on district, incentive and service-base pages.
 * A channel links to one record of the source register; the link's label follows the record's
 * kind, so only an official site is called one. Links are plain (`external`: rel="noopener noreferrer").
 */
import { channelSteps } from '../../content/schemas';
import type { AskChannel, Block, EntryView, IndexView, Item, Link, ViewContext } from '../../routing/routeTypes';
import { sourceLink } from '../../content/sourceLinks';
import { cardOf, linkTo } from './common';

const stepRank = (step: string) => channelSteps.indexOf(step as (typeof channelSteps)[number]);

/** Channels in the order of the steps, then their order within a step. */
function byStep(a: Item<'channels'>, b: Item<'channels'>): number {
  return stepRank(a.entry.data.step) - stepRank(b.entry.data.step) || a.entry.data.order - b.entry.data.order;
}

/** All of Shanghai: no districts and no zone. */
const isCitywide = (c: Item<'channels'>) => c.entry.data.districts.length === 0 && !c.entry.data.zone;

/** The labelled link of a channel to its register record's address. */
export function channelLink(c: Item<'channels'>, ctx: ViewContext): Link {
  return sourceLink(ctx.content.source(c.entry.data.link, ctx.locale), ctx.t);
}

/** "Where it applies", in words: all of Shanghai, the districts (as links when asked), or the named zone. */
export function whereItApplies(c: Item<'channels'>, ctx: ViewContext, asLinks: boolean): Array<string | Link> {
  const { data } = c.entry;
  if (data.zone) return [ctx.t(`zones.${data.zone}`)];
  const districts = ctx.content.many('districts', data.districts, ctx.locale);
  if (districts.length === 0) return [ctx.t('channel.citywide')];
  return districts.map((d) => (asLinks ? linkTo('districts', d, ctx) : d.entry.data.title));
}

/**
 * The channels that apply to a page about `districts`: the districts' own channels first, then
 * the citywide ones where an investor can ask or be helped (contact, major projects); the rules
 * are on the next-steps page the panel links to. A page with no district gets the citywide ones.
 */
export function channelsFor(districts: readonly string[], ctx: ViewContext): Item<'channels'>[] {
  const all = ctx.content.list('channels', ctx.locale);
  const own = all.filter((c) => c.entry.data.districts.some((d) => districts.includes(d))).sort(byStep);
  const citywide = all.filter((c) => isCitywide(c) && c.entry.data.step !== 'rules').sort(byStep);
  return [...own, ...citywide];
}

/** The "Where to ask" panel for a page about `districts`. */
export function askBlock(districts: readonly string[], ctx: ViewContext): Block {
  const { t } = ctx;
  const channels: AskChannel[] = channelsFor(districts, ctx).map((c) => ({
    title: c.entry.data.title,
    href: ctx.href('channels', c.slug),
    link: channelLink(c, ctx),
    purpose: c.entry.data.purposes[0] ?? c.entry.data.summary,
    details: t('channel.details', { title: c.entry.data.title }),
  }));
  const contacts = ctx.content
    .many('districts', districts, ctx.locale)
    .flatMap((d) => (d.entry.data.askAt ? [{ district: d.entry.data.title, who: d.entry.data.askAt }] : []));
  return {
    kind: 'ask',
    heading: t('channel.askHeading'),
    intro: t('channel.askIntro'),
    channels,
    contacts,
    contactsIntro: t('channel.districtContacts'),
    note: t('channel.notPublished'),
    more: { label: t('channel.allSteps'), href: ctx.indexHref('channels') },
  };
}

export function channelView(item: Item<'channels'>, ctx: ViewContext): EntryView {
  const { t } = ctx;
  const { data } = item.entry;
  const step = stepRank(data.step) + 1;
  return {
    typeLabel: `${t('types.channel')} · ${t(`channel.steps.${data.step}`)}`,
    districts: data.districts,
    blocks: [
      {
        kind: 'facts',
        facts: [
          { term: t('channel.url'), values: [channelLink(item, ctx)] },
          { term: t('channel.operator'), values: [data.operator] },
          { term: t('channel.purposes'), values: data.purposes },
          { term: t('channel.districts'), values: whereItApplies(item, ctx, true) },
          {
            term: t('channel.step'),
            values: [{ label: `${step}. ${t(`channel.steps.${data.step}`)}`, href: `${ctx.indexHref('channels')}#step-${data.step}` }],
          },
        ],
      },
    ],
    related: [],
  };
}

/** The next-steps page: the steps in order, each with its channels linked (their page and labelled address). */
export function channelIndex(items: Item<'channels'>[], ctx: ViewContext): IndexView {
  const { t } = ctx;
  return {
    lead: t('channel.indexLead'),
    nav: t('channel.stepsNav'),
    groups: channelSteps
      .map((step, i) => ({
        id: `step-${step}`,
        heading: `${i + 1}. ${t(`channel.steps.${step}`)}`,
        intro: t(`channel.stepIntros.${step}`),
        cards: items
          .filter((c) => c.entry.data.step === step)
          .sort(byStep)
          .map((c) =>
            cardOf('channels', c, ctx, {
              note: `${t('channel.districts')}: ${whereItApplies(c, ctx, false).join(', ')}`,
              links: [channelLink(c, ctx)],
            }),
          ),
      }))
      .filter((group) => group.cards.length > 0),
  };
}
