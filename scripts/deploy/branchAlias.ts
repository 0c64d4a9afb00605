/**
 * The name Cloudflare Pages gives a branch's preview: `https://<alias>.<project>.pages.dev`.
 * Cloudflare's rule (stated by its Pages team on the Cloudflare community forum, thread 477633,
 * and matching the aliases its API returns): lower-case; every character other than a-z, 0-9 and
 * "-" becomes "-"; no "-" at either end; at most 28 characters. A branch with no usable character
 * gets a random alias (`branch-<10 random characters>`), which nobody can know before the deploy:
 * for it this returns undefined.
 *
 * A DNS label cannot end in "-", so we trim again after cutting to 28 (the forum's sketch cuts
 * last; the two differ only for a branch whose 28th character becomes "-"). The workflow deploys
 * under the alias itself, which this rule maps to itself, so the address we build for is the one
 * Cloudflare serves either way (and the deploy job compares the two).
 */
export const maxAliasLength = 28;

const trimDashes = (text: string) => text.replace(/^-+|-+$/g, '');

export function branchAlias(branch: string): string | undefined {
  const alias = trimDashes(trimDashes(branch.toLowerCase().replace(/[^a-z0-9-]/g, '-')).slice(0, maxAliasLength));
  return alias === '' ? undefined : alias;
}
