/**
 * JSON-LD is read out of context (by crawlers, in previews), so a root-relative `/en/…` would
 * point nowhere; and a `javascript:` URL has no business in it. Failing the build here names
 * the field instead of shipping markup that validators quietly reject.
 */
export function requireAbsoluteUrl(value: string, field: string): string {
  if (!URL.canParse(value)) throw new Error(`JSON-LD ${field}: "${value}" is not an absolute URL`);
  const { protocol } = new URL(value);
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error(`JSON-LD ${field}: "${value}" is not an http(s) URL`);
  return value;
}

/** For optional URL fields: absent stays absent, present must be absolute. */
export function optionalAbsoluteUrl(value: string | undefined, field: string): string | undefined {
  return value === undefined ? undefined : requireAbsoluteUrl(value, field);
}
