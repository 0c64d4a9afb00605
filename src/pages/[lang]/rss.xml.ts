/** RSS feed per locale: delegate stories and the event's announcements (service bases, NEV platform). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { locales, localeCodes, type Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n';
import { getLocalized } from '../../lib/content';
import { entryRoute } from '../../lib/routes';
import { localizedPath } from '../../lib/localizedUrl';
import type { CollectionName } from '../../lib/schemas';

export function getStaticPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}

const feedCollections: CollectionName[] = ['event', 'stories', 'serviceBases', 'platforms'];

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.lang as Locale;
  const t = useTranslations(locale);
  const [event] = await getLocalized('event', locale);
  // Everything in the feed was announced at the event; the feed dates items by it.
  const pubDate = event?.entry.data.date ?? new Date();
  const items = (
    await Promise.all(
      feedCollections.map(async (collection) =>
        (await getLocalized(collection, locale))
          .filter((item) => !item.isFallback)
          .map((item) => ({
            title: item.entry.data.title,
            description: item.entry.data.summary,
            link: localizedPath(locale, entryRoute(collection, item.slug)),
            pubDate,
          })),
      ),
    )
  ).flat();
  return rss({
    title: t('site.name'),
    description: t('site.tagline'),
    site: new URL(localizedPath(locale), site ?? 'http://localhost/').href,
    items,
    customData: `<language>${locales[locale].tag}</language>`,
  });
};
