/** RSS feed per locale of the change notes (the "Recent changes" page as a feed), newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { locales } from '../../i18n/locales';
import { localePaths } from '../../i18n/buildLocales';
import { siteContent } from '../../lib/content/siteContent';
import { localizedPath } from '../../lib/routing/localizedUrl';
import { viewContext } from '../../lib/routing/routeData';
import { pageRoutes } from '../../lib/routing/routes';
import { localeChangeLog } from '../../lib/routing/updates';
import { escapeXml } from '../../lib/escapeXml';

export function getStaticPaths() {
  return localePaths();
}

export const GET: APIRoute = async ({ locals }) => {
  const { locale } = locals;
  const ctx = viewContext(locale, await siteContent(), locals.absolute('/'));
  const page = ctx.absolute(localizedPath(locale, pageRoutes.updates));
  return rss({
    title: `${ctx.t('site.name')}: ${ctx.t('updates.title')}`,
    description: ctx.t('updates.description'),
    site: page,
    items: localeChangeLog(ctx).map((change) => ({
      title: change.title,
      description: change.note,
      link: change.href,
      pubDate: change.date,
      // One entry can have several notes: an item's id is its entry's address and the note's place there.
      customData: `<guid isPermaLink="false">${escapeXml(`${ctx.absolute(change.href)}#change-${change.index + 1}`)}</guid>`,
    })),
    customData: `<language>${locales[locale].tag}</language>`,
  });
};
