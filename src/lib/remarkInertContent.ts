/**
 * Content is text, never code: a remark plugin that makes markup in content inert before it is
 * rendered. Raw HTML, MDX JSX elements, MDX expressions and ESM (import/export) are shown as the
 * text the editor wrote; links and images with a scheme other than http(s), mailto or tel (e.g.
 * `javascript:`) lose their URL. Frontmatter strings need nothing: Astro escapes them.
 */
import type { Root, RootContent, Parent, Text, Paragraph } from 'mdast';

interface SourceFile {
  value?: unknown;
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

export default function remarkInertContent() {
  return (tree: Root, file: SourceFile): void => {
    tree.children = tree.children.flatMap((child) => inert(child, file, true));
  };
}
