/**
 * Ids for one map's <title>, <desc> and clip path. Inline SVGs share the page's id space, so two
 * maps on a page need different ids; deriving them from the map's own input keeps builds
 * reproducible (no counters, no randomness) and the HTML byte-identical between builds.
 */
export interface MapIds {
  title: string;
  desc: string;
  clip: string;
}

/** FNV-1a, 32 bits: tiny, stable, and enough to tell a page's few maps apart. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function mapIds(kind: string, seed: string): MapIds {
  const prefix = `${kind}-map-${fnv1a(seed).toString(36)}`;
  return { title: `${prefix}-title`, desc: `${prefix}-desc`, clip: `${prefix}-clip` };
}
