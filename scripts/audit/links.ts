/**
 * Link check with linkinator (a maintained checker, not our own crawler): every page of the
 * built site is scanned, every internal href and src must resolve. Absolute URLs on the
 * canonical origin (canonical, hreflang) are rewritten to the local server and checked too;
 * other origins are skipped (the network here is closed and they are not ours). Fragments are
 * checked on the files by `checkFragments` (see there for why not by linkinator).
 */
import { LinkChecker, LinkState, resetSharedAgents } from 'linkinator';
import { checkFragments } from './fragments';
import { builtPages, distDir } from '../../tests/helpers/dist';
import { startStaticServer } from '../../tests/helpers/server';

export interface BrokenLink {
  page: string;
  url: string;
  /** Why it is broken, for a person: `HTTP 404`, `no response`, `no element with this id`. */
  reason: string;
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
      concurrency: 8,
      timeout: 10_000,
      urlRewriteExpressions: rewrite,
      linksToSkip: async (link) => !link.startsWith(server.url),
    });
    const broken = result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .map((l) => ({
        page: (l.parent ?? '').replace(server.url, ''),
        url: l.url.replace(server.url, ''),
        reason: l.status ? `HTTP ${l.status}` : 'no response',
      }));
    const fragments = checkFragments({ root, canonicalOrigin: options.canonicalOrigin });
    return {
      checked: result.links.filter((l) => l.state !== LinkState.SKIPPED).length + fragments.checked,
      broken: [...broken, ...fragments.broken.map((b) => ({ ...b, reason: 'no element with this id' }))],
    };
  } finally {
    await server.close();
  }
}
