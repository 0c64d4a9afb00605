/** robots.txt naming the sitemap at the configured origin (so SITE_URL builds stay right); the content editor is not for crawlers. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ locals }) => {
  const sitemap = locals.absolute('/sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
