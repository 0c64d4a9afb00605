/**
 * The one escaping helper for markup we write as strings (SVG maps, QR codes): text from content
 * goes into an XML text node or a double-quoted attribute and must stay well-formed XML.
 */

// Characters that XML 1.0 forbids anywhere, even escaped: a stray control character in a label
// would make the whole file unparsable, so it is dropped.
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an XML text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
