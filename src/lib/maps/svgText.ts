/** Links from content, checked for an SVG string that must stay well-formed XML. */
import { escapeXml } from '../escapeXml';

/**
 * Only site paths, fragments and http(s) URLs become links. Anything else (javascript:, data:,
 * protocol-relative //host) is a content or routing bug, and the build stops on it.
 */
export function safeHref(href: string): string {
  const trimmed = href.trim();
  const isSitePath = trimmed.startsWith('/') && !trimmed.startsWith('//');
  const isFragment = trimmed.startsWith('#');
  const isWeb = /^https?:\/\/[^/]/i.test(trimmed);
  if (!isSitePath && !isFragment && !isWeb) {
    throw new Error(`Map link refused: "${href}" is not a site path, #fragment or http(s) URL`);
  }
  return escapeXml(trimmed);
}
