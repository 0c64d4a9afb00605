/**
 * Figures that cite their source: the rules on MDX bodies, as pure functions over the text.
 *
 * - Content may use only the allow-listed components (`contentComponents`), with string
 *   attributes; `import`/`export` and `{…}` expressions are errors.
 * - `<Fact source="id">…</Fact>` must name the `id` of one of the entry's sources (several ids,
 *   separated by spaces, where more than one source states the figure).
 * - In English, every number above 12 in prose stands inside a Fact, except years (1900–2099),
 *   day numbers next to a month name ("25 September", "4–6 September"), ordinals and numbers
 *   that are part of a name or code ("14th", "G60"). Link URLs are not prose.
 *
 * The remark plugin (remarkInertContent.ts) numbers facts with `factsIn` and `numberFacts` on the
 * tree it renders and records the numbering with the render, where route data reads it
 * (src/lib/markdown/factCitations.ts); frontmatter figures are numbered by `numberFacts` alone.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, Parent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';

/** The components content may use, and the attributes an author may give each. */
export const contentComponents: Readonly<Record<string, readonly string[]>> = {
  Fact: ['source'],
};

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function isJsxElement(node: { type: string }): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The string value of an element's attribute, if it has one as a plain string. */
export function stringAttribute(node: JsxElement, name: string): string | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string') return attribute.value;
  }
  return undefined;
}

export interface FoundFact {
  node: JsxElement;
  source: string;
  line: number;
}

/** Every `Fact` in a tree, in document order. */
export function factsIn(tree: Root | Parent): FoundFact[] {
  const found: FoundFact[] = [];
  const walk = (node: RootContent | Root) => {
    if (isJsxElement(node) && node.name === 'Fact') {
      found.push({ node, source: stringAttribute(node, 'source') ?? '', line: node.position?.start.line ?? 0 });
    }
    if ('children' in node) for (const child of (node as Parent).children) walk(child);
  };
  walk(tree as Root);
  return found;
}

/** Parses an MDX body as the build does (MDX and GFM syntax). Throws on invalid MDX. */
let parser: ReturnType<typeof makeParser> | undefined;
const makeParser = () => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();
export function parseMdx(body: string): Root {
  parser ??= makeParser();
  return parser.parse(body);
}

/** The register ids a Fact's `source` names: one, or several separated by spaces. */
export function factSourceIds(source: string): string[] {
  return source.split(/\s+/).filter(Boolean);
}

export interface FactCitation {
  /** 1-based position of the fact in the document: its anchor is `fact-<k>`. */
  k: number;
  /** 1-based positions of the cited sources in the entry's sources (0: not listed): anchors `source-<n>`. */
  n: number[];
  source: string;
}

/** A figure in frontmatter (a district's `figures`), shown before the body. */
export interface FrontmatterFigure {
  source: string;
  /** What it says, in the entry's language; checked against the source's statements. */
  text?: string | undefined;
}

/** The figures a page shows before its body: frontmatter `figures`, if any. */
export function frontmatterFigures(data: unknown): FrontmatterFigure[] {
  const figures = data && typeof data === 'object' ? (data as { figures?: unknown }).figures : undefined;
  return Array.isArray(figures) ? (figures as FrontmatterFigure[]) : [];
}

/** Numbers figures: k by page order, n by each cited source's place in the entry's list (0 when unknown). */
export function numberFacts(facts: ReadonlyArray<{ source: string }>, sources: readonly string[]): FactCitation[] {
  return facts.map((fact, i) => ({ k: i + 1, n: factSourceIds(fact.source).map((id) => sources.indexOf(id) + 1), source: fact.source }));
}

export interface BodyProblem {
  /** Line in the body (1 = first line of the body). */
  line: number;
  message: string;
}

const months =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const monthAfter = new RegExp(`^(?:\\s*[–-]\\s*\\d{1,2})?\\s+(?:${months})\\b`);
const monthBefore = new RegExp(`\\b(?:${months})\\s+(?:\\d{1,2}\\s*[–-]\\s*)?$`);
/** A number: digits with optional thousands separators and decimals, not glued to a letter or digit before it. */
const numberPattern = /(?<![\p{L}\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\p{L}\d.,])\d+(?:\.\d+)?/gu;

/** Numbers above 12 in a piece of English prose that the rule does not excuse. */
export function bareNumbers(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const raw = match[0];
    const start = match.index;
    const before = text.slice(0, start);
    const after = text.slice(start + raw.length);
    const value = Number(raw.replace(/,/g, ''));
    if (!(value > 12)) continue;
    // Part of a name or code ("G60", "5G"), or an ordinal ("14th").
    if (/^(?:st|nd|rd|th)\b/i.test(after) || /^\p{L}/u.test(after)) continue;
    // A year.
    if (/^\d{4}$/.test(raw) && value >= 1900 && value <= 2099) continue;
    // A day of the month: "25 September", "4–6 September", "September 25", "1 Nov".
    if (/^\d{1,2}$/.test(raw) && value <= 31 && (monthAfter.test(after) || monthBefore.test(before))) continue;
    // The second day of a range, "25–26 February": the first is excused the same way.
    if (/^\d{1,2}$/.test(raw) && value <= 31 && /\d{1,2}\s*[–-]\s*$/.test(before) && new RegExp(`^\\s+(?:${months})\\b`).test(after))
      continue;
    out.push(raw);
  }
  return out;
}

const syntaxNames: Record<string, string> = {
  mdxjsEsm: '`import`/`export` is not allowed in content',
  mdxFlowExpression: '`{…}` expressions are not allowed in content',
  mdxTextExpression: '`{…}` expressions are not allowed in content',
};

/** Errors of MDX syntax content may not use, for the remark plugin and the integrity check alike. */
export function forbiddenSyntax(node: { type: string }): string | undefined {
  if (syntaxNames[node.type]) return syntaxNames[node.type];
  if (isJsxElement(node) && node.name && Object.hasOwn(contentComponents, node.name)) {
    const allowed = contentComponents[node.name] ?? [];
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') return `<${node.name}> takes no {…} attributes`;
      if (attribute.value !== null && typeof attribute.value === 'object')
        return `<${node.name} ${attribute.name}={…}>: attribute values must be plain strings`;
      if (!allowed.includes(attribute.name)) return `<${node.name}> has no attribute "${attribute.name}" (allowed: ${allowed.join(', ')})`;
    }
  }
  return undefined;
}

/** A figure of the body: what it says, which sources it cites, where it stands. */
export interface BodyFact {
  text: string;
  sources: string[];
  line: number;
}

export interface CheckedBody {
  problems: BodyProblem[];
  /** Source ids the body's facts cite, in first-cited order. */
  cited: string[];
  /** Every Fact citing listed sources, for the check against the register's statements. */
  facts: BodyFact[];
}

/**
 * Checks one MDX body: forbidden syntax, facts naming unknown sources, and (when `english`)
 * numbers above 12 outside a Fact.
 */
export function checkBody(body: string, sources: readonly string[], english: boolean): CheckedBody {
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    return { problems: [{ line: e.line ?? 1, message: `not valid MDX: ${e.reason ?? e.message}` }], cited: [], facts: [] };
  }
  const problems: BodyProblem[] = [];
  const ids = new Set(sources);
  const cited: string[] = [];
  const facts: BodyFact[] = [];
  const walk = (node: RootContent | Root, inFact: boolean, inInert: boolean) => {
    const line = node.position?.start.line ?? 1;
    const forbidden = forbiddenSyntax(node);
    if (forbidden) problems.push({ line, message: forbidden });
    let insideFact = inFact;
    const inert = inInert || (isJsxElement(node) && !(node.name && Object.hasOwn(contentComponents, node.name)));
    if (isJsxElement(node) && node.name === 'Fact') {
      if (inInert) problems.push({ line, message: '<Fact> inside other markup, which renders as text' });
      const named = factSourceIds(stringAttribute(node, 'source') ?? '');
      if (inFact) problems.push({ line, message: 'a <Fact> inside another <Fact>' });
      if (named.length === 0) problems.push({ line, message: '<Fact> needs source="<id>", the id of one of the entry\'s sources' });
      for (const source of named) {
        if (!ids.has(source)) {
          problems.push({
            line,
            message: `<Fact source="${source}"> names no source of this entry; ids listed: ${[...ids].join(', ') || '(none)'}`,
          });
        } else if (!cited.includes(source)) cited.push(source);
      }
      if (named.length > 0 && named.every((id) => ids.has(id))) facts.push({ text: toString(node), sources: named, line });
      insideFact = true;
    }
    // A bare URL written as a link ("https://…/2309208314/") is an address, not prose.
    if (node.type === 'link' && node.children.every((c) => c.type === 'text' && node.url.includes(c.value))) return;
    if (english && !insideFact && node.type === 'text') {
      for (const number of bareNumbers(node.value)) {
        problems.push({
          line,
          message: `"${number}" is a figure outside a <Fact>: wrap it in <Fact source="…"> citing one of the entry's sources`,
        });
      }
    }
    if ('children' in node) for (const child of (node as Parent).children) walk(child, insideFact, inert);
  };
  walk(tree, false, false);
  return { problems, cited, facts };
}
