/**
 * Which path renders MDX bodies: @astrojs/mdx in `astro dev` and with CONTENT_RENDER=mdx (the
 * reference), else the content loader of this folder, at content sync.
 */
export const rendersWithMdx = (): boolean => process.env.CONTENT_RENDER === 'mdx' || process.env.NODE_ENV === 'development';

/** Throws when a page is about to show an entry whose body was not rendered at content sync. */
export function assertRendered(entry: { id: string; rendered?: unknown }): void {
  if (!rendersWithMdx() && !entry.rendered)
    throw new Error(
      `${entry.id}: its body was not rendered at content sync (a locale shard renders English only where it stands in for a translation)`,
    );
}
