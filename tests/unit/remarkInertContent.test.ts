import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkInertContent, { isSafeUrl } from '../../src/lib/markdown/remarkInertContent';

/** Markdown (as .md, raw HTML allowed through like Astro does) or MDX → HTML, with the plugin. */
async function render(source: string, mdx: boolean): Promise<string> {
  const processor = unified().use(remarkParse);
  if (mdx) processor.use(remarkMdx);
  const file = await processor
    .use(remarkInertContent)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process(source);
  return String(file);
}

describe('remarkInertContent', () => {
  it('shows an MDX <script> element as text', async () => {
    const html = await render('Before\n\n<script>alert("x")</script>\n\nAfter', true);
    expect(html).not.toMatch(/<script/);
    expect(html).toContain('&#x3C;script>alert("x")&#x3C;/script>');
  });

  it('shows an inline MDX element with an event handler as text', async () => {
    const html = await render('Text <img src="x" onerror="alert(1)" /> more', true);
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('onerror="alert(1)"');
  });

  it('stops the build at MDX expressions and ESM, naming the line, so they never run', async () => {
    await expect(render('Text.\n\nexport const secret = process.env.HOME', true)).rejects.toThrow(
      /:3: `import`\/`export` is not allowed in content/,
    );
    await expect(render('Value: {secret}', true)).rejects.toThrow(/:1: `\{…\}` expressions are not allowed in content/);
  });

  it('shows raw HTML in Markdown as text', async () => {
    const html = await render('<img src=x onerror=alert(1)>\n\nand <b onclick="x()">bold</b>', false);
    expect(html).not.toMatch(/<img|<b /);
    expect(html).toContain('onerror=alert(1)');
  });

  it('removes javascript: links but keeps their text', async () => {
    const html = await render('[click me](javascript:alert(1)) and [ok](https://example.org/) and [rel](/en/)', true);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('click me');
    expect(html).toContain('<a href="https://example.org/">ok</a>');
    expect(html).toContain('<a href="/en/">rel</a>');
  });

  it('judges URLs by scheme, ignoring tricks with whitespace and case', () => {
    expect(isSafeUrl('/en/stories/')).toBe(true);
    expect(isSafeUrl('#sources')).toBe(true);
    expect(isSafeUrl('mailto:?subject=x')).toBe(true);
    expect(isSafeUrl('JavaScript:alert(1)')).toBe(false);
    expect(isSafeUrl('java\tscript:alert(1)')).toBe(false);
    expect(isSafeUrl(' data:text/html,<script>')).toBe(false);
    expect(isSafeUrl('vbscript:x')).toBe(false);
  });
});
