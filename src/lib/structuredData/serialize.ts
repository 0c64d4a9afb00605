import type { Graph, JsonLdObject, WithContext } from 'schema-dts';

/**
 * The HTML parser ends a <script> at the first `</script` (and `<!--` changes how it scans),
 * whatever the JSON around it says, so content text must never put a `<` there. `>` and `&`
 * go too, so the output stays inert if it is ever read as XHTML or put in an attribute, and
 * U+2028/U+2029, which pre-ES2019 JavaScript parsers treat as line breaks. `\uXXXX` escapes
 * are the same string to JSON.parse, so the data is unchanged.
 */
const unsafe = /[<>&\u2028\u2029]/g;

export function serializeJsonLd(value: Graph | WithContext<JsonLdObject>): string {
  return JSON.stringify(value).replace(unsafe, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
