/**
 * What a body's figure says, in its own words: the sentence a `<Fact>` stands in. A figure alone
 * ("6.7%") means nothing away from its page, so a page that shows figures apart from their text
 * (the districts side by side) shows each in the sentence the entry wrote around it. Found while
 * rendering, on the tree the remark plugin numbers (remarkInertContent.ts), and recorded with the
 * citations (factCitations.ts), so no page parses a body again.
 */
import type { Root, RootContent } from 'mdast';
import type { JsxElement } from '../checks/factCheck';

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
