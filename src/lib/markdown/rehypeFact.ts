/**
 * `<Fact>` as the HTML src/components/content/Fact.astro writes, for bodies rendered at content
 * sync: a span with the figure, its footnote link `[n]` and a hidden label ("Source n") in the
 * entry's language. Runs last, after the foreign-script and heading-id plugins, which see the
 * component as @astrojs/mdx shows it to them (an MDX node, not an element).
 */
import type { Root, Element, ElementContent, RootContent } from 'hast';
import type { MdxJsxTextElementHast, MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { isLocale, type Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n';

type JsxNode = MdxJsxTextElementHast | MdxJsxFlowElementHast;

function attributeOf(node: JsxNode, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const span = (properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'span',
  properties,
  children,
});

/** The element a Fact renders to; `fallback` is the locale to label in when the node names none. */
export function factElement(node: JsxNode, fallback: Locale): Element {
  const n = attributeOf(node, 'n') ?? '';
  const k = attributeOf(node, 'k') ?? '';
  const named = attributeOf(node, 'locale');
  const t = useTranslations(named && isLocale(named) ? named : fallback);
  // One footnote mark per cited source (FactRef.astro): `n` lists their places, space-separated.
  const marks = n
    .split(' ')
    .filter(Boolean)
    .map((m): Element => {
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: `#source-${m}`, className: ['fact-ref', 'no-underline'] },
        children: [
          span({ ariaHidden: 'true' }, [text(`[${m}]`)]),
          span({ className: ['sr-only'] }, [text(t('entry.factSource', { n: m }))]),
        ],
      };
      return { type: 'element', tagName: 'sup', properties: {}, children: [link] };
    });
  // "as of July 2024" after a figure older than two years (remarkInertContent.ts sets it).
  const asOf = attributeOf(node, 'asof');
  const dated = asOf ? [text(' '), span({ className: ['fact-as-of'] }, [text(`(${asOf})`)])] : [];
  return span({ id: `fact-${k}`, className: ['fact'] }, [...(node.children as ElementContent[]), ...dated, ...marks]);
}

function replaceFacts<T extends Root | Element>(parent: T, fallback: Locale): void {
  parent.children = parent.children.map((child: RootContent) => {
    if (child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') {
      if (child.name !== 'Fact') throw new Error(`<${child.name ?? ''}> is not a content component`);
      replaceFacts(child as unknown as Element, fallback);
      return factElement(child, fallback);
    }
    if (child.type === 'element') replaceFacts(child, fallback);
    return child;
  }) as T['children'];
}

export default function rehypeFact(options: { locale: Locale }) {
  return (tree: Root): void => replaceFacts(tree, options.locale);
}
