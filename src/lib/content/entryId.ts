/**
 * The one slug rule: an entry's slug is its frontmatter `slug`, else its file name without the
 * extension; its id is `<locale>/<slug>` (`en/xuhui.mdx` → `en/xuhui`). Astro's loader and the
 * integrity check both use it, so they can never disagree about which page a file makes.
 */
import { isLocale, type Locale } from '../../i18n/locales';

export function slugOf(fileName: string, data: unknown): string {
  const fromData = data && typeof data === 'object' && 'slug' in data ? (data as { slug?: unknown }).slug : undefined;
  return typeof fromData === 'string' && fromData ? fromData : fileName.replace(/\.mdx?$/, '');
}

/** The id of a content entry from its path inside the collection folder. */
export function entryId(relativePath: string, data: Record<string, unknown>): string {
  const parts = relativePath.replace(/\\/g, '/').split('/');
  const file = parts.pop() ?? '';
  return `${parts.join('/')}/${slugOf(file, data)}`;
}

/** Splits an entry id into its locale folder and slug. */
export function splitEntryId(id: string): { locale: string; slug: string } {
  const cut = id.indexOf('/');
  return cut < 0 ? { locale: '', slug: id } : { locale: id.slice(0, cut), slug: id.slice(cut + 1) };
}

/**
 * The locale of a content file, from its folder (src/content/<collection>/<locale>/<slug>.mdx):
 * what language its body is written in, whichever page shows it.
 */
export function contentLocaleOf(path: string | undefined): Locale | null {
  const match = /\/content\/[^/]+\/([^/]+)\//.exec((path ?? '').replace(/\\/g, '/'));
  return match?.[1] && isLocale(match[1]) ? match[1] : null;
}
