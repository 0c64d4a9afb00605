/**
 * The one slug rule: an entry's slug is its frontmatter `slug`, else its file name without the
 * extension; its id is `<locale>/<slug>` (`en/xuhui.mdx` → `en/xuhui`). Astro's loader and the
 * integrity check both use it, so they can never disagree about which page a file makes.
 */
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
