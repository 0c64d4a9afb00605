/**
 * The id of a content entry from its path inside the collection folder:
 * `en/xuhui.mdx` → `en/xuhui`; a `slug` in the frontmatter replaces the file name.
 */
export function entryId(relativePath: string, data: Record<string, unknown>): string {
  const parts = relativePath.replace(/\\/g, '/').split('/');
  const file = parts.pop() ?? '';
  const locale = parts.join('/');
  const slug = typeof data.slug === 'string' && data.slug ? data.slug : file.replace(/\.mdx?$/, '');
  return `${locale}/${slug}`;
}

/** Splits an entry id into its locale folder and slug. */
export function splitEntryId(id: string): { locale: string; slug: string } {
  const cut = id.indexOf('/');
  return cut < 0 ? { locale: '', slug: id } : { locale: id.slice(0, cut), slug: id.slice(cut + 1) };
}
