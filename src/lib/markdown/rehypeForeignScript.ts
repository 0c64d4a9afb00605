/**
 * Rehype plugin: wraps Chinese runs in content of another language in <span lang="zh-Hans">.
 * The page language comes from the content file's locale folder (src/content/<c>/<locale>/).
 */
import type { Root, Element, ElementContent, Text } from 'hast';
import { locales } from '../../i18n/locales';
import { contentLocaleOf } from '../content/entryId';
import { foreignRuns } from './foreignScript';

interface VFileLike {
  path?: string;
  history?: string[];
}

function localeTagOf(file: VFileLike): string | null {
  const locale = contentLocaleOf(file.path ?? file.history?.[0]);
  return locale ? locales[locale].tag : null;
}

function wrap(children: ElementContent[], tag: string): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type === 'text') {
      return foreignRuns(child.value, tag).map((run): ElementContent =>
        run.lang
          ? ({
              type: 'element',
              tagName: 'span',
              properties: { lang: run.lang },
              children: [{ type: 'text', value: run.text } satisfies Text],
            } satisfies Element)
          : { type: 'text', value: run.text },
      );
    }
    if (child.type === 'element' && !child.properties?.lang && child.tagName !== 'code' && child.tagName !== 'pre') {
      return [{ ...child, children: wrap(child.children, tag) }];
    }
    return [child];
  });
}

export default function rehypeForeignScript() {
  return (tree: Root, file: VFileLike): void => {
    const tag = localeTagOf(file);
    if (!tag || tag.toLowerCase().startsWith('zh')) return;
    tree.children = tree.children.map((node) => (node.type === 'element' ? { ...node, children: wrap(node.children, tag) } : node));
  };
}
