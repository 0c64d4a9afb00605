/** Text and links from content, escaped for an SVG string that must stay well-formed XML. */

// Characters that XML 1.0 forbids anywhere, even escaped: a stray control character in a label
// would make the whole map unparsable, so it is dropped.
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an XML text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

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
