/**
 * A hast tree as HTML, written the way Astro's JSX runtime writes a compiled MDX body
 * (astro/dist/runtime/server/jsx.js): text escaped like html-escaper (& < > ' "), attributes
 * escaped & → &#38; and " → &#34; (http(s) URLs with & left as they are), void elements closed
 * `<br/>`, boolean attributes bare, and no whitespace-only text inside table rows (MDX drops it).
 * The same bytes as the page @astrojs/mdx renders, which tests/site/prerender.test.ts checks.
 */
import type { Root, RootContent, Element, Properties } from 'hast';
import { find, html as htmlSchema } from 'property-information';

const textEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
export const escapeText = (text: string): string => text.replace(/[&<>'"]/g, (c) => textEscapes[c]!);

const escapeAttribute = (value: string): string => value.replace(/&/g, '&#38;').replace(/"/g, '&#34;');

const voidElements = /^(area|base|br|col|command|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)$/i;
const booleanAttributes =
  /^(?:allowfullscreen|async|autofocus|autoplay|checked|controls|default|defer|disabled|disablepictureinpicture|disableremoteplayback|formnovalidate|hidden|inert|loop|muted|nomodule|novalidate|open|playsinline|readonly|required|reversed|scoped|seamless|selected|itemscope)$/i;
// hast-util-to-estree leaves out whitespace-only text in these (browsers would move it anyway).
const tableElements = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function attribute(name: string, value: Properties[string]): string {
  if (value === null || value === undefined || value === false) return '';
  const info = find(htmlSchema, name);
  const key = info.attribute;
  // A boolean attribute stands bare; any other attribute given `true` reads "true", as in Astro.
  if (value === true) return booleanAttributes.test(key) ? ` ${key}` : ` ${key}="true"`;
  const text = Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : String(value);
  if (booleanAttributes.test(key)) return text ? ` ${key}` : '';
  if (text === '') return ` ${key}`;
  if (text.includes('&') && isHttpUrl(text)) return ` ${key}="${text}"`;
  return ` ${key}="${escapeAttribute(text)}"`;
}

function element(node: Element): string {
  const attributes = Object.entries(node.properties ?? {})
    .map(([name, value]) => attribute(name, value))
    .join('');
  const children = tableElements.has(node.tagName)
    ? node.children.filter((child) => !(child.type === 'text' && /^[\t\n\f\r ]*$/.test(child.value)))
    : node.children;
  if (children.length === 0 && voidElements.test(node.tagName)) return `<${node.tagName}${attributes}/>`;
  return `<${node.tagName}${attributes}>${children.map(toAstroHtml).join('')}</${node.tagName}>`;
}

export function toAstroHtml(node: Root | RootContent): string {
  switch (node.type) {
    case 'root':
      return node.children.map(toAstroHtml).join('');
    case 'element':
      return element(node);
    case 'text':
      return escapeText(node.value);
    case 'comment':
    case 'doctype':
      return '';
    default:
      // Raw HTML and MDX nodes are gone by now (remarkInertContent makes markup text, rehypeFact
      // renders the one allowed component); anything else would be a silent difference.
      throw new Error(`Cannot write a "${node.type}" node as HTML`);
  }
}
