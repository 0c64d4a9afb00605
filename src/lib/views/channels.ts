/**
 * Official channels (fact sheet section 8): each channel's page, the next-steps page that lists
 * them step by step, and the "Where to ask" panel on district, incentive and service-base pages.
 * Official addresses are plain links (`external`: rel="noopener noreferrer", nothing else).
 */
import { channelSteps } from '../schemas';
import type { AskChannel, Block, EntryView, IndexView, Item, Link, ViewContext } from '../routeTypes';
import { cardOf, linkTo } from './common';

/** The host of an official address, as its link text: `english.shanghai.gov.cn`. */
export function hostOf(url: string): string {
  return new URL(url).host;
}

/** An official site as a plain external link. */
export function officialLink(url: string): Link {
  return { label: hostOf(url), href: url, external: true };
}

const stepRank = (step: string) => channelSteps.indexOf(step as (typeof channelSteps)[number]);

/** Channels in the order of the steps, then their order within a step. */
function byStep(a: Item<'channels'>, b: Item<'channels'>): number {
  return stepRank(a.entry.data.step) - stepRank(b.entry.data.step) || a.entry.data.order - b.entry.data.order;
}

/**
 * The channels that apply to a page about `districts`: the districts' own channels first, then
 * the citywide ones where an investor can ask or be helped (contact, major projects); the rules
 * are on the next-steps page the panel links to. A page with no district gets the citywide ones.
 */
export function channelsFor(districts: readonly string[], ctx: ViewContext): Item<'channels'>[] {
  const all = ctx.content.list('channels', ctx.locale);
  const own = all.filter((c) => c.entry.data.districts.some((d) => districts.includes(d))).sort(byStep);
  const citywide = all.filter((c) => c.entry.data.districts.length === 0 && c.entry.data.step !== 'rules').sort(byStep);
  return [...own, ...citywide];
}

/** The "Where to ask" panel for a page about `districts`. */
export function askBlock(districts: readonly string[], ctx: ViewContext): Block {
  const { t } = ctx;
  const channels: AskChannel[] = channelsFor(districts, ctx).map((c) => ({
    title: c.entry.data.title,
    href: ctx.href('channels', c.slug),
    url: c.entry.data.url,
    purpose: c.entry.data.purposes[0] ?? c.entry.data.summary,
    details: t('channel.details', { title: c.entry.data.title }),
  }));
  return {
    kind: 'ask',
    heading: t('channel.askHeading'),
    intro: t('channel.askIntro'),
    channels,
    note: t('channel.notPublished'),
    more: { label: t('channel.allSteps'), href: ctx.indexHref('channels') },
  };
}

export function channelView(item: Item<'channels'>, ctx: ViewContext): EntryView {
  const { t, content, locale } = ctx;
  const { data } = item.entry;
  const districts = content.many('districts', data.districts, locale);
  const step = stepRank(data.step) + 1;
  return {
    typeLabel: `${t('types.channel')} · ${t(`channel.steps.${data.step}`)}`,
    districts: data.districts,
    blocks: [
      {
        kind: 'facts',
        facts: [
          { term: t('channel.url'), values: [officialLink(data.url)] },
          { term: t('channel.operator'), values: [data.operator] },
          { term: t('channel.purposes'), values: data.purposes },
          {
            term: t('channel.districts'),
            values: districts.length ? districts.map((d) => linkTo('districts', d, ctx)) : [t('channel.citywide')],
          },
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

/** The next-steps page: the steps in order, each with its channels linked (their page and official site). */
export function channelIndex(items: Item<'channels'>[], ctx: ViewContext): IndexView {
  const { t, content, locale } = ctx;
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
          .map((c) => {
            const districts = content.many('districts', c.entry.data.districts, locale).map((d) => d.entry.data.title);
            return cardOf('channels', c, ctx, {
              note: `${t('channel.districts')}: ${districts.length ? districts.join(', ') : t('channel.citywide')}`,
              links: [officialLink(c.entry.data.url)],
            });
          }),
      }))
      .filter((group) => group.cards.length > 0),
  };
}
