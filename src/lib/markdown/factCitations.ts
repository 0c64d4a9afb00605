/**
 * A body's Fact citations, numbered once, by the remark plugin that numbers the `<Fact>`s it
 * renders (remarkInertContent.ts), and kept with the render: the plugin records them in the remark
 * frontmatter, which `render()` returns as `remarkPluginFrontmatter` on both render paths (the
 * render-once loader stores it in `rendered.metadata.frontmatter`; @astrojs/mdx exports it as the
 * compiled module's `frontmatter`). Route data reads them from there, never from the body again.
 */
import type { FactCitation } from '../checks/factCheck';
import type { FactText } from './factContext';

/** The remark frontmatter field the citations are recorded in. */
export const citationsField = 'factCitations';

/** The field their texts are recorded in, in the same order: what each figure says, and its sentence (open data). */
export const textsField = 'factTexts';

/** A body's figure as the render recorded it: its place, sources, text and sentence. */
export type RecordedFigure = FactCitation & FactText;

/** What route data needs of `render()`'s result. */
export interface RenderedEntry {
  remarkPluginFrontmatter: Record<string, unknown>;
}

/** Records a body's citations (numbered after the frontmatter figures) in its remark frontmatter. */
export function recordCitations(
  frontmatter: Record<string, unknown>,
  citations: readonly FactCitation[],
  texts: readonly FactText[],
): void {
  frontmatter[citationsField] = citations.map(({ k, n, source }) => ({ k, n: [...n], source }));
  frontmatter[textsField] = texts.map(({ text, context }) => ({ text, context }));
}

/** The citations the render recorded; throws when it recorded none (the body was rendered without the plugin). */
export function renderedCitations(rendered: RenderedEntry, id: string): FactCitation[] {
  const citations = rendered.remarkPluginFrontmatter[citationsField];
  if (!Array.isArray(citations))
    throw new Error(`${id}: its render recorded no Fact citations (is remarkInertContent among the remark plugins?)`);
  return citations as FactCitation[];
}

/** The body's figures with what they say, as the render recorded them; throws when it recorded none. */
export function renderedFigures(rendered: RenderedEntry, id: string): RecordedFigure[] {
  const citations = renderedCitations(rendered, id);
  const texts = rendered.remarkPluginFrontmatter[textsField];
  if (!Array.isArray(texts) || texts.length !== citations.length)
    throw new Error(`${id}: its render recorded no text for its Fact citations (is remarkInertContent among the remark plugins?)`);
  return citations.map((citation, i) => ({ ...citation, ...(texts[i] as FactText) }));
}
