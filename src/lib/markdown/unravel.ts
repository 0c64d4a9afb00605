/**
 * What @mdx-js/mdx does before any site plugin runs (its internal remark-mark-and-unravel): a
 * paragraph holding only components and whitespace is replaced by those components, as block
 * elements. remarkInertContent then gives each block `<Fact>` a paragraph of its own, so two
 * Facts alone on one line become two paragraphs in @astrojs/mdx's output, and must here too.
 */
import type { Root, Parent, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx';

const blank = /^[\t\n\f\r ]*$/;

function unravel(parent: Parent): void {
  parent.children = parent.children.flatMap((node): RootContent[] => {
    if ('children' in node) unravel(node);
    if (node.type !== 'paragraph') return [node];
    const isComponent = (child: RootContent) => child.type === 'mdxJsxTextElement' || child.type === 'mdxTextExpression';
    const components = node.children.filter(isComponent);
    const onlyComponents = node.children.every((child) => isComponent(child) || (child.type === 'text' && blank.test(child.value)));
    if (components.length === 0 || !onlyComponents) return [node];
    return components.map((child) =>
      child.type === 'mdxJsxTextElement'
        ? ({ ...child, type: 'mdxJsxFlowElement' } as RootContent)
        : ({ ...child, type: 'mdxFlowExpression' } as RootContent),
    );
  }) as Parent['children'];
}

export default function remarkUnravel() {
  return (tree: Root): void => unravel(tree);
}
