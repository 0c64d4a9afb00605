/**
 * Renders a component on its own with Astro's Container API, as a page would in `locale`: what the
 * middleware gives a page (its locale, `t`, absolute URLs) goes on Astro.locals, where components read it.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load, type CheerioAPI } from 'cheerio';
import { requestLocals } from '../../src/lib/routing/requestLocals';
import { defaultLocale, localeCodes, type Locale } from '../../src/i18n/locales';

type Component = Parameters<AstroContainer['renderToString']>[0];
type Manifest = NonNullable<NonNullable<Parameters<typeof AstroContainer.create>[0]>['manifest']>;

let container: AstroContainer | undefined;

export async function renderComponent(
  component: Component,
  props: Record<string, unknown>,
  { locale = 'en' as Locale } = {},
): Promise<CheerioAPI> {
  // The site's locales, so Astro.currentLocale is the locale of the request's path, as on a page.
  // Only i18n is given: the container fills in the rest of a manifest itself (its type wants all).
  container ??= await AstroContainer.create({
    manifest: {
      i18n: {
        strategy: 'pathname-prefix-always',
        locales: [...localeCodes],
        defaultLocale,
        fallback: undefined,
        fallbackType: 'rewrite',
        domainLookupTable: {},
      },
    } as unknown as Manifest,
  });
  const html = await container.renderToString(component, {
    props,
    locals: requestLocals(`/${locale}/`, 'https://example.org/'),
    // A page of that locale, for components that read Astro.currentLocale.
    request: new Request(`https://example.org/${locale}/`),
  });
  return load(html, null, false);
}
