/**
 * What a link to a source says it is: its label follows the register's kind, so "Official site"
 * labels only an official site, and a copy or a news report says so, naming the site it is on.
 */
import type { Translate } from '../../i18n';
import type { Link } from '../routing/routeTypes';
import { hostOf, type LocalizedSource, type SourceKind } from './sourceRegister';

const kindKeys = {
  'official-site': 'officialSite',
  'official-text': 'officialText',
  news: 'news',
  mirror: 'mirror',
  directory: 'directory',
  'event-report': 'eventReport',
} as const satisfies Record<SourceKind, string>;

/** The kind of a source in a word or two, for the source list: "News report". */
export function sourceKindLabel(source: Pick<LocalizedSource, 'kind'>, t: Translate): string {
  return t(`sourceKinds.${kindKeys[source.kind]}`);
}

/** A link to a source, labelled by its kind and host: "News report on www.shine.cn". */
export function sourceLink(source: LocalizedSource, t: Translate): Link {
  if (!source.url) throw new Error(`source "${source.id}" has no url to link to`);
  const host = hostOf(source.url);
  return { label: t(`sourceLinks.${kindKeys[source.kind]}`, { host }), href: source.url, external: true };
}
