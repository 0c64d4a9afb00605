/**
 * A body's Fact citations, numbered once, by the remark plugin that numbers the `<Fact>`s it
 * renders (remarkInertContent.ts), and kept with the render: the plugin records them in the remark
 * frontmatter, which `render()` returns as `remarkPluginFrontmatter` on both render paths (the
 * render-once loader stores it in `rendered.metadata.frontmatter`; @astrojs/mdx exports it as the
 * compiled module's `frontmatter`). Route data reads them from there, never from the body again.
 */
import type { FactCitation } from '../checks/factCheck';
import type { FactContext } from './factContext';

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
