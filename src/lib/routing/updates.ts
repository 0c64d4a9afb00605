/**
 * The change notes of one locale's entries, for the "Recent changes" page and its feed. Only the
 * locale's own texts: English standing in for a missing translation brings no notes (as the feed
 * leaves such pages out), since its notes are not in the reader's language.
 */
import { collectionMetadata } from '../collections/metadata';
import { changeLog, type LoggedChange } from '../content/changeLog';
import { collectionNames } from '../content/schemas';
import { localizedPath } from './localizedUrl';
import type { ViewContext } from './routeTypes';
import type { Locale } from '../../i18n/locales';

export function localeChangeLog(ctx: Pick<ViewContext, 'content' | 'locale'>): LoggedChange[] {
  const { content, locale } = ctx;
  return changeLog(
    collectionNames.flatMap((name) =>
      content
        .list(name, locale)
        .filter((item) => !item.isFallback)
        .map((item) => ({
          title: item.entry.data.title,
          href: localizedPath(locale, collectionMetadata(name).route(item.slug)),
          changes: item.entry.data.changes,
        })),
    ),
  );
}

/** The feed's address (a file: no trailing slash). */
export const updatesFeedPath = (locale: Locale): string => localizedPath(locale, '/updates.xml').replace(/\/$/, '');
