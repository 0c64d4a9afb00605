/**
 * Content is text, never code: a remark plugin that makes markup in content inert before it is
 * rendered. Raw HTML and MDX JSX elements are shown as the text the editor wrote, except the
 * allow-listed components (`contentComponents` in factCheck.ts: `<Fact source="…">`), which keep
 * only their allowed string attributes; links and images with a scheme other than http(s), mailto
 * or tel (e.g. `javascript:`) lose their URL. MDX expressions (`{…}`), ESM (`import`/`export`)
 * and expression attributes are build errors naming the file and line. Frontmatter strings need
 * nothing: Astro escapes them.
 *
 * Each Fact gets three attributes for its component (src/components/content/Fact.astro): `k`, its
 * place in the page (after the frontmatter figures), `n`, the place of its source in the entry's
 * `sources` (from the frontmatter Astro passes in `file.data.astro.frontmatter`), and `locale`, the
 * language the entry is written in (its folder), so the footnote's hidden label speaks the language
 * of the text around it, also where English stands in for a translation. The numbering is done
 * here only: it is recorded in the same frontmatter for route data (factCitations.ts).
 */
import { relative } from 'node:path';
import type { Root, RootContent, Parent, Text, Paragraph } from 'mdast';
import { contentLocaleOf } from '../content/entryId';
import { defaultLocale } from '../../i18n/locales';
import { contentComponents, factsIn, forbiddenSyntax, frontmatterFigures, isJsxElement, numberFacts } from '../checks/factCheck';
import { recordCitations } from './factCitations';
import { factContexts } from './factCitations';
import { factAsOf, projectRootOf } from './factAsOf';

interface SourceFile {
  value?: unknown;
  path?: string;
  data?: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** `src/content/…/x.mdx:12`, for error messages. */
function where(file: SourceFile, node: { position?: { start: { line: number } } | undefined }): string {
  const path = file.path ? relative(process.cwd(), file.path).split('\\').join('/') : '(content)';
  return `${path}:${node.position?.start.line ?? 1}`;
}

const safeScheme = /^(https?:|mailto:|tel:)/i;
/** A URL is safe when it is relative (no scheme) or uses an allowed scheme. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so strip them first.
  const squashed = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return !/^[a-z][a-z0-9+.-]*:/i.test(squashed) || safeScheme.test(squashed);
}

type Flow = 'flow' | 'text';
const markupKinds: Record<string, Flow> = {
  html: 'flow',
  mdxJsxFlowElement: 'flow',
  mdxFlowExpression: 'flow',
  mdxjsEsm: 'flow',
  mdxJsxTextElement: 'text',
  mdxTextExpression: 'text',
};

function sourceOf(node: RootContent, file: SourceFile): string {
  const source = typeof file.value === 'string' ? file.value : String(file.value ?? '');
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined && source) return source.slice(start, end);
  return 'value' in node && typeof node.value === 'string' ? node.value : '';
}

function inert(node: RootContent, file: SourceFile, parentIsFlow: boolean): RootContent[] {
  if (isJsxElement(node) && node.name && Object.hasOwn(contentComponents, node.name)) {
    const allowed = [...(contentComponents[node.name] ?? []), ...numberingAttributes];
    node.attributes = node.attributes.filter((a) => a.type === 'mdxJsxAttribute' && allowed.includes(a.name));
    node.children = node.children.flatMap((child) => inert(child as RootContent, file, false)) as typeof node.children;
    // A component alone on its line is a block: give its text a paragraph to stand in.
    if (node.type === 'mdxJsxFlowElement' && parentIsFlow) {
      return [{ type: 'paragraph', children: [{ ...node, type: 'mdxJsxTextElement' } as never] } satisfies Paragraph];
    }
    return [node];
  }
  const kind = markupKinds[node.type];
  if (kind) {
    const text: Text = { type: 'text', value: sourceOf(node, file) };
    // Inside a paragraph (or other phrasing parent) text stands as it is; at block level it needs a paragraph.
    return parentIsFlow ? [{ type: 'paragraph', children: [text] } satisfies Paragraph] : [text];
  }
  if ((node.type === 'link' || node.type === 'definition') && !isSafeUrl(node.url)) {
    if (node.type === 'definition') return [];
    return node.children.flatMap((child) => inert(child, file, false));
  }
  if (node.type === 'image' && !isSafeUrl(node.url)) return [{ type: 'text', value: node.alt ?? '' }];
  if ('children' in node) {
    const parent = node as Parent;
    const flow =
      parent.type !== 'paragraph' &&
      parent.type !== 'heading' &&
      parent.type !== 'tableCell' &&
      parent.type !== 'emphasis' &&
      parent.type !== 'strong' &&
      parent.type !== 'delete' &&
      parent.type !== 'link' &&
      parent.type !== 'linkReference';
    parent.children = parent.children.flatMap((child) => inert(child as RootContent, file, flow)) as Parent['children'];
  }
  return [node];
}

/** Throws, naming file and line, at the first MDX construct content may not use. */
function rejectForbidden(node: Root | RootContent, file: SourceFile): void {
  const forbidden = forbiddenSyntax(node);
  if (forbidden) throw new Error(`${where(file, node)}: ${forbidden}`);
  if ('children' in node) for (const child of (node as Parent).children) rejectForbidden(child as RootContent, file);
}

/** The attributes the plugin itself gives a Fact (an author's own are replaced). */
const numberingAttributes = ['n', 'k', 'locale', 'asof'];

/**
 * Numbers the facts of a tree: `k` and `n` attributes, and `locale`; records the numbering in the
 * frontmatter (an empty list when the body has no Fact), so route data never parses the body again.
 */
function numberTree(tree: Root, file: SourceFile): void {
  const found = factsIn(tree);
  file.data ??= {};
  file.data.astro ??= {};
  const frontmatter = (file.data.astro.frontmatter ??= {});
  const sources = frontmatter.sources;
  const list: string[] = Array.isArray(sources) ? sources.filter((s): s is string => typeof s === 'string') : [];
  // Frontmatter figures ("at a glance") come first on the page and take the first numbers.
  const before = frontmatterFigures(frontmatter);
  const locale = contentLocaleOf(file.path);
  const citations = numberFacts([...before, ...found], list).slice(before.length);
  // Each figure's own words and sentence, before the tree is made inert, for pages that show it apart from its text.
  const contexts = factContexts(
    tree,
    found.map((fact) => fact.node),
    locale ?? defaultLocale,
  );
  citations.forEach((citation, i) => {
    const fact = found[i]!;
    if (citation.n.includes(0)) throw new Error(`${where(file, fact.node)}: <Fact source="${fact.source}"> names no source of this entry`);
    fact.node.attributes = fact.node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && numberingAttributes.includes(a.name)));
    fact.node.attributes.push(
      { type: 'mdxJsxAttribute', name: 'n', value: citation.n.join(' ') },
      { type: 'mdxJsxAttribute', name: 'k', value: String(citation.k) },
    );
    if (locale) fact.node.attributes.push({ type: 'mdxJsxAttribute', name: 'locale', value: locale });
    // Older than two years at build time: the figure says "as of" where it stands (factAsOf.ts).
    const root = file.path ? projectRootOf(file.path) : undefined;
    const asOf = locale && root ? factAsOf(fact.source, locale, root) : undefined;
    if (asOf) fact.node.attributes.push({ type: 'mdxJsxAttribute', name: 'asof', value: asOf });
  });
  recordCitations(
    frontmatter,
    citations.map((citation, i) => ({ ...citation, ...contexts[i]! })),
  );
}

export default function remarkInertContent() {
  return (tree: Root, file: SourceFile): void => {
    rejectForbidden(tree, file);
    numberTree(tree, file);
    tree.children = tree.children.flatMap((child) => inert(child, file, true));
  };
}
