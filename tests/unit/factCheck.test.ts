import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { bareNumbers, checkBody } from '../../src/lib/checks/factCheck';
import { renderedCitations } from '../../src/lib/markdown/factCitations';
import remarkInertContent from '../../src/lib/markdown/remarkInertContent';
import { checkIntegrity, formatProblems, type ContentFile } from '../../src/lib/checks/integrity';
import { file, fixtureRegister, valid, validSet } from '../fixtures/contentEntries';

const register = fixtureRegister();
const check = (files: readonly ContentFile[]) => checkIntegrity(files, register);
import { bodyOf } from '../../src/lib/content/catalogue';

const sources = ['report', 'event-report', 'stats'];

describe('bareNumbers (the number rule on English prose)', () => {
  it('finds numbers above 12', () => {
    expect(bareNumbers('It had 63 centres, 8,000 firms, 80.3 billion yuan and 16.2% growth.')).toEqual(['63', '8,000', '80.3', '16.2']);
  });

  it('lets small numbers, years, days next to a month, ordinals and codes through', () => {
    expect(bareNumbers('In 2024, 3 firms and 12 people met.')).toEqual([]);
    expect(bareNumbers('On 25 September, on 4–6 September 2024, on 25–26 February, from 1 Nov 2020 and on September 25.')).toEqual([]);
    expect(bareNumbers('The 14th Five-Year Plan and the G60 corridor; 5G networks.')).toEqual([]);
  });

  it('does not excuse a number that only looks like a year or a day', () => {
    expect(bareNumbers('2,023 firms')).toEqual(['2,023']);
    expect(bareNumbers('25 firms in September')).toEqual(['25']);
    expect(bareNumbers('3000 firms')).toEqual(['3000']);
  });
});

describe('checkBody', () => {
  it('accepts figures inside a Fact citing a listed source, and numbers in link URLs', () => {
    const body = 'Output was <Fact source="report">80.3 billion yuan</Fact>, see [the report](https://example.org/2309208314/).';
    expect(checkBody(body, sources, true)).toEqual({
      problems: [],
      cited: ['report'],
      facts: [{ text: '80.3 billion yuan', sources: ['report'], line: 1 }],
    });
  });

  it('does not count numbers in a bare URL, but does in link text', () => {
    expect(checkBody('See https://www.shine.cn/biz/economy/2309208314/ for more.', sources, true).problems).toEqual([]);
    expect(checkBody('See [63 centres](https://example.org/).', sources, true).problems).toHaveLength(1);
  });

  it('names the line of a bare figure in English, and ignores translations', () => {
    const body = 'First line.\n\nIt had 63 centres.';
    expect(checkBody(body, sources, true).problems).toEqual([
      { line: 3, message: expect.stringContaining('"63" is a figure outside a <Fact>') },
    ]);
    expect(checkBody(body, sources, false).problems).toEqual([]);
  });

  it('reports a Fact naming no listed source, or no source at all', () => {
    const problems = checkBody('A <Fact source="nowhere">30</Fact> and a <Fact>40</Fact>.', sources, true).problems;
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('<Fact source="nowhere"> names no source of this entry; ids listed: report, event-report, stats'),
      expect.stringContaining('<Fact> needs source="<id>"'),
    ]);
  });

  it('reports import/export, {…} expressions, expression and unknown attributes, with their lines', () => {
    const body =
      'export const leaked = \'esm ran\';\n\nValue: {leaked}\n\n<Fact source={x}>30</Fact>\n\n<Fact source="report" onclick="x()">30</Fact>';
    const problems = checkBody(body, sources, true).problems;
    expect(problems).toEqual([
      { line: 1, message: '`import`/`export` is not allowed in content' },
      { line: 3, message: '`{…}` expressions are not allowed in content' },
      { line: 5, message: expect.stringContaining('attribute values must be plain strings') },
      expect.objectContaining({ line: 5 }),
      { line: 7, message: expect.stringContaining('has no attribute "onclick"') },
    ]);
  });

  it('reports a Fact inside markup that renders as text', () => {
    expect(checkBody('<div><Fact source="report">30</Fact></div>', sources, true).problems).toContainEqual({
      line: 1,
      message: '<Fact> inside other markup, which renders as text',
    });
  });
});

/** Runs the remark plugin as Astro does, with the frontmatter in file.data.astro; gives the HTML and that frontmatter after. */
async function compile(
  body: string,
  path = '/project/src/content/x/en/y.mdx',
  frontmatter: Record<string, unknown> = { sources },
): Promise<{ html: string; frontmatter: Record<string, unknown> }> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkInertContent)
    .use(remarkRehype, { passThrough: ['mdxJsxTextElement', 'mdxJsxFlowElement'] })
    .use(() => (tree) => {
      // Show kept components as <fact …> elements, so the test can see their attributes.
      const visit = (node: { type: string; name?: string; attributes?: Array<{ name: string; value: string }>; children?: unknown[] }) => {
        if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
          Object.assign(node, {
            type: 'element',
            tagName: String(node.name).toLowerCase(),
            properties: Object.fromEntries((node.attributes ?? []).map((a) => [`data-${a.name}`, a.value])),
          });
        }
        (node.children ?? []).forEach((child) => visit(child as typeof node));
      };
      visit(tree as never);
    })
    .use(rehypeStringify);
  const data = { astro: { frontmatter: { ...frontmatter } } };
  const result = await processor.process({ value: body, path, cwd: '/project', data } as never);
  return { html: String(result), frontmatter: data.astro.frontmatter };
}
const render = async (body: string, path?: string) => (await compile(body, path)).html;

describe('Facts numbered once, at render, and recorded with it for route data', () => {
  const body =
    'A <Fact source="stats">63</Fact> and <Fact source="report">80.3</Fact>.\n\n- <Fact source="stats">8,000</Fact>\n\n<Fact source="report">30</Fact>\n';

  it('numbers facts k in document order, n by the source’s place, and records that numbering in the frontmatter', async () => {
    const { html, frontmatter } = await compile(body);
    const compiled = [...html.matchAll(/<fact data-source="([^"]+)" data-n="(\d+)" data-k="(\d+)" data-locale="en">/g)].map((m) => ({
      source: m[1],
      n: [Number(m[2])],
      k: Number(m[3]),
    }));
    expect(renderedCitations({ remarkPluginFrontmatter: frontmatter }, 'y').map(({ k, n, source }) => ({ k, n, source }))).toEqual(
      compiled,
    );
    expect(compiled).toEqual([
      { k: 1, n: [3], source: 'stats' },
      { k: 2, n: [1], source: 'report' },
      { k: 3, n: [3], source: 'stats' },
      { k: 4, n: [1], source: 'report' },
    ]);
  });

  it('numbers the body after the frontmatter figures, and records an empty list for a body without Facts', async () => {
    const figures = [
      { source: 'stats', text: '63' },
      { source: 'report', text: '80.3' },
    ];
    const { html, frontmatter } = await compile('It had <Fact source="report">30</Fact>.', undefined, { sources, figures });
    expect(html).toContain('data-n="1" data-k="3"');
    expect(renderedCitations({ remarkPluginFrontmatter: frontmatter }, 'y')).toEqual([
      { k: 3, n: [1], source: 'report', text: '30', context: 'It had 30.' },
    ]);
    const plain = await compile('No figures here.');
    expect(renderedCitations({ remarkPluginFrontmatter: plain.frontmatter }, 'y')).toEqual([]);
  });

  it('records each figure’s own words and the sentence it stands in, in the entry’s language', async () => {
    const english = await compile(
      'Output was <Fact source="stats">80.3 billion yuan</Fact> in 2023.\nThe target is <Fact source="report">more than 100 billion yuan</Fact> by 2025.\n\n- GDP: <Fact source="stats">278.9 billion yuan</Fact>, up <Fact source="stats">6.7%</Fact>.\n\n<Fact source="report">30</Fact>\n',
    );
    expect(renderedCitations({ remarkPluginFrontmatter: english.frontmatter }, 'y').map(({ text, context }) => [text, context])).toEqual([
      ['80.3 billion yuan', 'Output was 80.3 billion yuan in 2023.'],
      ['more than 100 billion yuan', 'The target is more than 100 billion yuan by 2025.'],
      ['278.9 billion yuan', 'GDP: 278.9 billion yuan, up 6.7%.'],
      ['6.7%', 'GDP: 278.9 billion yuan, up 6.7%.'],
      ['30', '30'],
    ]);
    const chinese = await compile(
      '产值为<Fact source="stats">803亿元</Fact>。目标是<Fact source="report">1000亿元</Fact>以上。',
      '/project/src/content/districts/zh-hans/xuhui.mdx',
    );
    expect(renderedCitations({ remarkPluginFrontmatter: chinese.frontmatter }, 'y').map(({ context }) => context)).toEqual([
      '产值为803亿元。',
      '目标是1000亿元以上。',
    ]);
  });

  it('refuses route data a render that recorded no citations', () => {
    expect(() => renderedCitations({ remarkPluginFrontmatter: { sources } }, 'en/xuhui')).toThrow(
      /en\/xuhui: its render recorded no Fact citations/,
    );
  });

  it('keeps the allowed component and leaves other elements inert', async () => {
    const html = await render('<Fact source="report">30</Fact> and <script>alert(1)</script>');
    expect(html).toContain('<fact data-source="report" data-n="1" data-k="1" data-locale="en">30</fact>');
    expect(html).not.toContain('<script');
    await expect(render('<Fact source="report" k="9">30</Fact>')).rejects.toThrow('y.mdx:1: <Fact> has no attribute "k"');
  });

  it('throws on import/export and expressions, naming file and line', async () => {
    await expect(render("Fine.\n\nexport const leaked = 'esm ran';")).rejects.toThrow(
      'src/content/x/en/y.mdx:3: `import`/`export` is not allowed in content',
    );
    await expect(render('Fine.\n\nExpression: {leaked}')).rejects.toThrow(
      'src/content/x/en/y.mdx:3: `{…}` expressions are not allowed in content',
    );
    await expect(render('<Fact source={leaked}>1</Fact>')).rejects.toThrow('src/content/x/en/y.mdx:1:');
  });

  it('throws when a Fact names no source of the entry', async () => {
    await expect(render('<Fact source="nowhere">1</Fact>')).rejects.toThrow('y.mdx:1: <Fact source="nowhere"> names no source');
  });
});

describe('the integrity check on bodies', () => {
  const withIds = { ...valid.story, sources: ['report'] };
  const en = (body: string) => ({ ...file('stories', 'en', 'ding-yi', withIds), body: bodyOf(`---\ntitle: x\n---\n\n${body}`) });
  const zh = (body: string, sources = withIds.sources) => ({
    ...file('stories', 'zh-hans', 'ding-yi', { ...withIds, sources, translatedFrom: 'en' }),
    body: bodyOf(`---\ntitle: x\n---\n\n${body}`),
  });
  const others = validSet().filter((f) => f.file !== 'src/content/stories/en/ding-yi.mdx');

  it('names file and line of a bare figure in English', () => {
    const problems = check([...others, en('He spent 16 years in Kenya.')]);
    expect(formatProblems(problems)).toContain('src/content/stories/en/ding-yi.mdx:5: "16" is a figure outside a <Fact>');
  });

  it('accepts a translation citing the same sources, and reports one citing others', () => {
    const english = en('He spent <Fact source="report">16 years</Fact> in Kenya.');
    expect(check([...others, english, zh('他在肯尼亚经商<Fact source="report">16年</Fact>。')])).toEqual([]);
    const problems = check([...others, english, zh('他在肯尼亚经商16年。')]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'src/content/stories/zh-hans/ding-yi.mdx',
        message: expect.stringContaining('cites the sources []'),
      }),
    ]);
  });

  it('reports a translation whose source ids differ', () => {
    const problems = check([...others, en('Text.'), zh('文字。', ['stats'])]);
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'sources', message: expect.stringContaining('differ from the English entry') }),
    );
  });
});
