/**
 * The pure half of the Starlight reference (scripts/bench/starlightReference.ts): how one of our
 * content entries becomes a Starlight docs page, Starlight's locale table, and the arithmetic of
 * the report. Nothing here touches the disk or runs a build, so tests/unit/starlightMirror.test.ts
 * checks it directly.
 */
import { stringify } from 'yaml';
import { factsIn, parseMdx } from '../../src/lib/checks/factCheck';
import { locales, type Locale } from '../../src/i18n/locales';

/**
 * Starlight's `lang` for each of our locales. Starlight ships UI strings keyed by these tags
 * (zh-CN, zh-TW), so the reference pages get its own translated chrome, as a Starlight author's
 * would; our URL prefixes stay the locale keys.
 */
export const starlightLang: Readonly<Record<Locale, string>> = {
  en: 'en',
  'zh-hans': 'zh-CN',
  'zh-hant': 'zh-TW',
  th: 'th',
  id: 'id',
};

/** Starlight's `locales` option: every locale under its own prefix, labelled as our picker labels it. */
export function starlightLocales(): Record<string, { label: string; lang: string }> {
  return Object.fromEntries(
    (Object.keys(starlightLang) as Locale[]).map((code) => [code, { label: locales[code].nativeName, lang: starlightLang[code] }]),
  );
}

/**
 * An MDX body with every `<Fact source="…">text</Fact>` replaced by its text: Starlight has no
 * such component. The body is parsed as our build parses it (remark-mdx and GFM) and each Fact
 * cut by its source positions, so attributes holding `>` or Markdown inside the text survive.
 */
export function withoutFacts(body: string): string {
  const spans = factsIn(parseMdx(body))
    .map(({ node }) => {
      const first = node.children.at(0)?.position?.start.offset;
      const last = node.children.at(-1)?.position?.end.offset;
      return {
        start: node.position?.start.offset ?? 0,
        end: node.position?.end.offset ?? 0,
        text: first === undefined || last === undefined ? '' : body.slice(first, last),
      };
    })
    // From the end, so earlier offsets stay valid as later Facts are replaced.
    .sort((a, b) => b.start - a.start);
  return spans.reduce((text, span) => text.slice(0, span.start) + span.text + text.slice(span.end), body);
}

/**
 * Where a page with our URL `/<locale><route>` lives in Starlight's docs collection, whose file
 * paths are its URLs: `en` + `/districts/xuhui/` → `en/districts/xuhui.mdx` (served at
 * /en/districts/xuhui/, the URL our site gives it).
 */
export function docsFile(locale: string, route: string): string {
  const path = route.replace(/^\/+|\/+$/g, '');
  if (!path) throw new Error(`route "${route}" has no path: a docs page needs one below /${locale}/`);
  return `${locale}/${path}.mdx`;
}

/** One entry as a Starlight docs page: title and description (our summary) as frontmatter, then the body without Facts. */
export function docsPage(entry: { title: string; summary?: string | undefined; body: string }): string {
  const frontmatter = stringify(entry.summary ? { title: entry.title, description: entry.summary } : { title: entry.title });
  return `---\n${frontmatter}---\n\n${withoutFacts(entry.body).trim()}\n`;
}

/** The median: the middle value, or the mean of the two middle values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Milliseconds per page, rounded to a whole millisecond. */
export function msPerPage(seconds: number, pages: number): number {
  return Math.round((seconds * 1000) / pages);
}

/** The verdict line: ours against Starlight per page, with the ratio (below 1: ours is faster). */
export function verdict(oursMs: number, starlightMs: number): string {
  return `per page: ours ${oursMs} ms, Starlight ${starlightMs} ms (${(oursMs / starlightMs).toFixed(2)} × Starlight's)`;
}
