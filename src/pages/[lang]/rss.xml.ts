/** RSS feed per locale: entries of the collections the registry puts in the feed. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { locales } from '../../i18n/locales';
import { localePaths } from '../../i18n/buildLocales';
import { siteContent } from '../../lib/content/siteContent';
import { feedItems } from '../../lib/routing/feed';
import { localizedPath } from '../../lib/routing/localizedUrl';
import { viewContext } from '../../lib/routing/routeData';

export function getStaticPaths() {
  return localePaths();
}

export const GET: APIRoute = async ({ locals }) => {
  const { locale } = locals;
  const ctx = viewContext(locale, await siteContent(), locals.absolute('/'));
  return rss({
    title: ctx.t('site.name'),
    // The feed dates items by the event, whose year is inferred: the channel says so.
    description: `${ctx.t('site.tagline')} — ${ctx.t('share.rssDateNote')}`,
    site: ctx.absolute(localizedPath(locale)),
    items: feedItems(ctx),
    customData: `<language>${locales[locale].tag}</language>`,
  });
};
