/**
 * Link check with linkinator (a maintained checker, not our own crawler): every page of the
 * built site is scanned, every internal href, src and #fragment must resolve. Absolute URLs on
 * the canonical origin (canonical, hreflang) are rewritten to the local server and checked too;
 * other origins are skipped (the network here is closed and they are not ours).
 */
import { LinkChecker, LinkState, resetSharedAgents } from 'linkinator';
import { builtPages, distDir } from '../lib/dist';
import { startStaticServer } from '../lib/server';

export interface BrokenLink {
  page: string;
  url: string;
  status: number | undefined;
}

export async function checkLinks(
  options: { root?: string; canonicalOrigin?: string } = {},
): Promise<{ checked: number; broken: BrokenLink[] }> {
  const root = options.root ?? distDir;
  const server = await startStaticServer({ root });
  try {
    const rewrite = options.canonicalOrigin
      ? [{ pattern: new RegExp(`^${options.canonicalOrigin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`), replacement: server.url }]
      : [];
    // Each run talks to a new server: drop keep-alive connections pooled by an earlier run.
    resetSharedAgents();
    const checker = new LinkChecker();
    const result = await checker.check({
      path: builtPages(root).map((p) => `${server.url}${p}`),
      recurse: false,
      checkFragments: true,
      concurrency: 8,
      timeout: 10_000,
      urlRewriteExpressions: rewrite,
      linksToSkip: async (link) => !link.startsWith(server.url),
    });
    const broken = result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .map((l) => ({ page: (l.parent ?? '').replace(server.url, ''), url: l.url.replace(server.url, ''), status: l.status }));
    return { checked: result.links.filter((l) => l.state !== LinkState.SKIPPED).length, broken };
  } finally {
    await server.close();
  }
}
