/**
 * An MDX body rendered to HTML once, at content sync, with the plugins @astrojs/mdx runs for this
 * site, in its order: remark-mdx, then MDX's own unravel step, remark-gfm and remark-smartypants
 * (Astro's markdown defaults, which MDX inherits), our remarkInertContent; remark-rehype and
 * rehype-raw passing MDX nodes through, our rehypeForeignScript, Astro's heading ids; then `<Fact>`
 * as its component writes it, and the tree as Astro's JSX runtime writes it (astroHtml.ts).
 * Code blocks and local images, which @astrojs/mdx would hand to Shiki and to Astro's image
 * pipeline, are refused: content is prose (see docs/editing.md, "Content rules").
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { VFile } from 'vfile';
import type { Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import type { Root as HastRoot } from 'hast';
import remarkUnravel from './unravel';
import remarkInertContent from './remarkInertContent';
import rehypeForeignScript from './rehypeForeignScript';
import rehypeFact from './rehypeFact';
import { toAstroHtml } from './astroHtml';
import { remember } from '../remember';
import type { Locale } from '../../i18n/locales';

// The node types MDX passes through remark-rehype and rehype-raw (@mdx-js/mdx's `nodeTypes`).
const mdxNodeTypes: NonNullable<RemarkRehypeOptions['passThrough']> = [
  'mdxFlowExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'mdxjsEsm',
];
const toHast: RemarkRehypeOptions = { allowDangerousHtml: true, passThrough: mdxNodeTypes };

export interface RenderedBody {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
  /** The frontmatter as the plugins leave it: with the body's Fact citations (factCitations.ts). */
  frontmatter: Record<string, unknown>;
}

/** Throws, naming the file and line, on what only @astrojs/mdx's own pipeline could render. */
function refuseUnsupported(node: MdastRoot | MdastContent, path: string): void {
  const line = node.position?.start.line ?? 1;
  if (node.type === 'code') throw new Error(`${path}:${line}: a code block; content is prose (write it as text)`);
  if (node.type === 'image' && !/^(https?:)?\/\//i.test(node.url))
    throw new Error(`${path}:${line}: a local image; content links images by URL only`);
  if ('children' in node) for (const child of node.children) refuseUnsupported(child, path);
}

// One frozen processor per locale, reused for every body: making one builds the MDX syntax
// extensions anew, which cost more than rendering a body.
const processors = new Map<Locale, ReturnType<typeof makeProcessor>>();
const processor = (locale: Locale) => remember(processors, locale, () => makeProcessor(locale));

const makeProcessor = (locale: Locale) =>
  unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkUnravel)
    .use(remarkGfm)
    .use(remarkSmartypants)
    .use(remarkInertContent)
    .use(remarkRehype, toHast)
    .use(rehypeRaw, { passThrough: mdxNodeTypes })
    .use(rehypeForeignScript)
    .use(rehypeHeadingIds)
    .use(rehypeFact, { locale })
    .freeze();

/** Renders one entry's body; `path` is the file's absolute path (plugins read its locale from it). */
export async function renderBody(
  body: string,
  options: { path: string; frontmatter: Record<string, unknown>; locale: Locale },
): Promise<RenderedBody> {
  // A copy: the plugins add to it, and the caller's data is the catalogue's, shared by the build.
  const frontmatter = { ...options.frontmatter };
  const file = new VFile({ value: body, path: options.path, data: { astro: { frontmatter } } });
  const run = processor(options.locale);
  const tree = run.parse(file);
  refuseUnsupported(tree, options.path);
  const hast = (await run.run(tree, file)) as HastRoot;
  const headings = (file.data as { astro?: { headings?: RenderedBody['headings'] } }).astro?.headings ?? [];
  return { html: toAstroHtml(hast), headings, frontmatter };
}
