/**
 * A body's Fact citations, numbered once, by the remark plugin that numbers the `<Fact>`s it
 * renders (remarkInertContent.ts), and kept with the render: the plugin records them in the remark
 * frontmatter, which `render()` returns as `remarkPluginFrontmatter` on both render paths (the
 * render-once loader stores it in `rendered.metadata.frontmatter`; @astrojs/mdx exports it as the
 * compiled module's `frontmatter`). Route data reads them from there, never from the body again.
 */
import type { FactCitation } from '../checks/factCheck';
import type { Root, RootContent } from 'mdast';
import type { JsxElement } from '../checks/factCheck';

/** A body's figure as the render recorded it: its number and sources, and its own words in their sentence. */
export type RecordedCitation = FactCitation & FactContext;

/** The remark frontmatter field the citations are recorded in. */
export const citationsField = 'factCitations';

/** What route data needs of `render()`'s result. */
export interface RenderedEntry {
  remarkPluginFrontmatter: Record<string, unknown>;
}

/** Records a body's citations (numbered after the frontmatter figures) in its remark frontmatter. */
export function recordCitations(frontmatter: Record<string, unknown>, citations: readonly RecordedCitation[]): void {
  frontmatter[citationsField] = citations.map(({ k, n, source, text, context }) => ({ k, n: [...n], source, text, context }));
}

/** The citations the render recorded; throws when it recorded none (the body was rendered without the plugin). */
export function renderedCitations(rendered: RenderedEntry, id: string): RecordedCitation[] {
  const citations = rendered.remarkPluginFrontmatter[citationsField];
  if (!Array.isArray(citations))
    throw new Error(`${id}: its render recorded no Fact citations (is remarkInertContent among the remark plugins?)`);
  return citations as RecordedCitation[];
}

/** A body's figure with what it says: the open data's name for a recorded citation. */
export type RecordedFigure = RecordedCitation;

/** The body's figures with their own words and sentence, as the render recorded them. */
export function renderedFigures(rendered: RenderedEntry, id: string): RecordedFigure[] {
  const citations = renderedCitations(rendered, id);
  if (citations.some((citation) => typeof citation.text !== 'string'))
    throw new Error(`${id}: its render recorded no text for its Fact citations (is remarkInertContent among the remark plugins?)`);
  return citations;
}

/**
 * What a body's figure says, in its own words: the sentence a `<Fact>` stands in. A figure alone
 * ("6.7%") means nothing away from its page, so a page that shows figures apart from their text
 * (the districts side by side) shows each in the sentence the entry wrote around it. Found while
 * rendering, on the tree the remark plugin numbers (remarkInertContent.ts), and recorded with the
 * citations (factCitations.ts), so no page parses a body again.
 */
export interface FactContext {
  /** The figure as written inside the Fact: "278.9 billion yuan". */
  text: string;
  /** The sentence (or list item, heading, table cell) it stands in, whitespace collapsed. */
  context: string;
}

type Node = Root | RootContent;

/** Where a figure's sentence ends: a paragraph, heading or table cell (a list item's text is a paragraph). */
const blockTypes = new Set(['paragraph', 'heading', 'tableCell']);

/** The reader's text of a block, with the place of each node in it. */
function blockText(block: Node): { text: string; places: Map<Node, [number, number]> } {
  let text = '';
  const places = new Map<Node, [number, number]>();
  const visit = (node: Node) => {
    const start = text.length;
    if (node.type === 'break') text += ' ';
    else if (!('children' in node) && 'value' in node && typeof node.value === 'string') text += node.value;
    if ('children' in node) for (const child of node.children as Node[]) visit(child);
    places.set(node, [start, text.length]);
  };
  visit(block);
  return { text, places };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const segmenters = new Map<string, Intl.Segmenter>();
function sentences(text: string, locale: string): Array<{ start: number; end: number }> {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })));
  return [...segmenter.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
}

/** Each of `facts` (nodes of `tree`) with its own text and the sentence around it, in the order given. */
export function factContexts(tree: Root, facts: readonly JsxElement[], locale: string): FactContext[] {
  const found = new Map<Node, FactContext>();
  const wanted = new Set<Node>(facts);
  const walk = (node: Node) => {
    if (blockTypes.has(node.type)) {
      const { text, places } = blockText(node);
      const cuts = sentences(text, locale);
      for (const [fact, [start, end]] of places) {
        if (!wanted.has(fact)) continue;
        // The sentences the figure overlaps: one, unless a sentence break falls inside it.
        const around = cuts.filter((s) => s.start < Math.max(end, start + 1) && s.end > start);
        const from = around[0]?.start ?? start;
        const to = around.at(-1)?.end ?? end;
        found.set(fact, { text: squash(text.slice(start, end)), context: squash(text.slice(from, to)) });
      }
      return;
    }
    if ('children' in node) for (const child of node.children as Node[]) walk(child);
  };
  walk(tree);
  // A figure outside any block (a Fact alone on its line) is its own sentence.
  return facts.map((fact) => {
    const own = found.get(fact);
    if (own) return own;
    const text = squash(blockText(fact).text);
    return { text, context: text };
  });
}
