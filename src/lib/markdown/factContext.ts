/**
 * What a body's `<Fact>`s say and where they stand, for the open data (src/lib/data/): each
 * figure's text exactly as the page shows it, and the sentence it stands in as its label. Taken
 * from the tree the remark plugin numbers (after smartypants, so the text is the rendered text),
 * never by parsing the body again.
 */
import type { Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { locales, type Locale } from '../../i18n/locales';
import type { JsxElement } from '../checks/factCheck';

export interface FactText {
  /** The figure as the page shows it. */
  text: string;
  /** The sentence it stands in (the whole block where the language has no sentence marks), spaces collapsed. */
  context: string;
}

/** Blocks whose text is read as one run of prose: a sentence never crosses them. */
const proseBlocks = new Set(['paragraph', 'heading', 'tableCell']);

type Node = Root | RootContent;

/** The nearest prose block around each fact (the fact itself when it stands alone). */
function blocksOf(tree: Root, facts: readonly JsxElement[]): Map<JsxElement, Node> {
  const wanted = new Set<Node>(facts);
  const found = new Map<JsxElement, Node>();
  const walk = (node: Node, block: Node | undefined) => {
    const here = proseBlocks.has(node.type) ? node : block;
    if (wanted.has(node)) found.set(node as JsxElement, here ?? node);
    if ('children' in node) for (const child of (node as Parent).children) walk(child, here);
  };
  walk(tree, undefined);
  return found;
}

/** The block's plain text, and where each of `targets` starts and ends in it. */
function textWithSpans(block: Node, targets: ReadonlySet<Node>): { text: string; spans: Map<Node, [number, number]> } {
  let text = '';
  const spans = new Map<Node, [number, number]>();
  const walk = (node: Node) => {
    const start = text.length;
    if (node.type === 'break') text += ' ';
    else if ('value' in node && typeof node.value === 'string' && !('children' in node)) text += node.value;
    else if ('children' in node) for (const child of (node as Parent).children) walk(child);
    if (targets.has(node)) spans.set(node, [start, text.length]);
  };
  walk(block);
  return { text, spans };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The sentences of `text` (Unicode sentence breaks, in the locale's rules) that overlap [start, end). */
export function sentenceAround(text: string, start: number, end: number, locale: Locale): string {
  const segmenter = new Intl.Segmenter(locales[locale].tag, { granularity: 'sentence' });
  const parts = [...segmenter.segment(text)].filter((s) => s.index < Math.max(end, start + 1) && s.index + s.segment.length > start);
  return squash(parts.map((s) => s.segment).join(''));
}

/** Each fact's text and the sentence around it, in the order given. */
export function factTexts(tree: Root, facts: readonly JsxElement[], locale: Locale): FactText[] {
  const blocks = blocksOf(tree, facts);
  const cache = new Map<Node, ReturnType<typeof textWithSpans>>();
  const targets = new Set<Node>(facts);
  return facts.map((fact) => {
    const block = blocks.get(fact) ?? fact;
    const read = cache.get(block) ?? textWithSpans(block, targets);
    cache.set(block, read);
    const [start, end] = read.spans.get(fact) ?? [0, read.text.length];
    return { text: toString(fact), context: sentenceAround(read.text, start, end, locale) };
  });
}
