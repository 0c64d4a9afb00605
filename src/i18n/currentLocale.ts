/**
 * The locale of the page being rendered, from `Astro.currentLocale` (Astro's i18n routing reads
 * it from the URL), so small components need no `locale` prop passed down to them.
 */
import { isLocale, type Locale } from './locales';

export function currentLocale(astroLocale: string | undefined): Locale {
  if (astroLocale && isLocale(astroLocale)) return astroLocale;
  throw new Error(`Astro.currentLocale is "${astroLocale}": this component belongs under /{locale}/`);
}
