/** The RSS feed's items for one locale: entries of the collections the metadata puts in the feed. */
import { collectionMetadata } from '../collections/metadata';
import { localizedPath } from './localizedUrl';
import type { ViewContext } from './routeTypes';
import { collectionNames } from '../content/schemas';

export interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
}

export function feedItems(ctx: ViewContext): FeedItem[] {
  const { content, locale } = ctx;
  // Everything in the feed was announced at the event; the feed dates items by it.
  const pubDate = content.list('event', locale)[0]?.entry.data.date ?? new Date(0);
  return collectionNames
    .filter((name) => collectionMetadata(name).feed)
    .flatMap((name) =>
      content
        .list(name, locale)
        // A translation not yet made is not news in that language.
        .filter((item) => !item.isFallback)
        .map((item) => ({
          title: item.entry.data.title,
          description: item.entry.data.summary,
          link: localizedPath(locale, collectionMetadata(name).route(item.slug)),
          pubDate,
        })),
    );
}
