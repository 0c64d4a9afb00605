/**
 * Reads a `_headers` file (Cloudflare Pages format, which Netlify shares but for detach lines)
 * and answers which headers apply to a path by Cloudflare's rules, so the test server sends what
 * the production host does: every matching block applies; a header set by several blocks is
 * joined with ", "; a `! Name` line drops that header as other blocks set it.
 * tests/site/host.test.ts holds these rules to Cloudflare's own runtime.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
  /** Header names this block detaches (`! Name`) from the other blocks that match. */
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {}, detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    const body = line.trim();
    if (rule && body.startsWith('!')) {
      rule.detach.push(body.slice(1).trim());
      continue;
    }
    const cut = body.indexOf(':');
    if (!rule || cut < 0) throw new Error(`_headers: header line outside a path block or without a colon: "${body}"`);
    rule.headers[body.slice(0, cut).trim()] = body.slice(cut + 1).trim();
  }
  return rules;
}

/** `*` matches anything (slashes too); `:name` one segment; otherwise an exact path. */
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
  const matching = rules.filter((rule) => matches(rule.pattern, path));
  // Per header (names are case-insensitive): the name as first written, and each block's value.
  const set = new Map<string, { name: string; values: { rule: HeaderRule; value: string }[] }>();
  for (const rule of matching)
    for (const [name, value] of Object.entries(rule.headers)) {
      const entry = set.get(name.toLowerCase()) ?? { name, values: [] };
      entry.values.push({ rule, value });
      set.set(name.toLowerCase(), entry);
    }
  for (const rule of matching)
    for (const name of rule.detach) {
      const entry = set.get(name.toLowerCase());
      if (entry) entry.values = entry.values.filter((v) => v.rule === rule);
    }
  return Object.fromEntries([...set.values()].filter((e) => e.values.length).map((e) => [e.name, e.values.map((v) => v.value).join(', ')]));
}

export function loadHeaders(file: string): HeaderRule[] {
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}
