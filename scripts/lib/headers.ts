/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages format) and answers which headers apply
 * to a path, so the test server sends exactly what the production host would.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const cut = line.indexOf(':');
    if (!rule || cut < 0) throw new Error(`_headers: header line outside a path block or without a colon: "${line.trim()}"`);
    rule.headers[line.slice(0, cut).trim()] = line.slice(cut + 1).trim();
  }
  return rules;
}

/** `/*` matches everything below; `:name` one segment; otherwise an exact path. */
function matches(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-z]+/gi, '[^/]+'))
      .join('.*')}$`,
  );
  return regex.test(path);
}

export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern, path)).map((rule) => rule.headers));
}

export function loadHeaders(file: string): HeaderRule[] {
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}
