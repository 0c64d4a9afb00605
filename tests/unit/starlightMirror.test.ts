import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { docsFile, docsPage, median, msPerPage, starlightLocales, verdict, withoutFacts } from '../../scripts/bench/starlightMirror';
import { parseFrontmatter } from '../../src/lib/content/catalogue';
import { localeCodes } from '../../src/i18n/locales';

describe('withoutFacts (our <Fact> as plain text for Starlight)', () => {
  it('keeps the text of every Fact and drops the element', () => {
    const body = 'Output was <Fact source="ai-output">80.3 billion yuan</Fact>, up <Fact source="a b">more than 30%</Fact> a year.\n';
    expect(withoutFacts(body)).toBe('Output was 80.3 billion yuan, up more than 30% a year.\n');
  });

  it('keeps Markdown inside a Fact, and text around it, in other scripts too', () => {
    expect(withoutFacts('徐汇区<Fact source="ai-output">**803亿元**</Fact>。')).toBe('徐汇区**803亿元**。');
  });

  it('is not misled by a ">" inside an attribute', () => {
    expect(withoutFacts('A <Fact source="x>y">12.5%</Fact> rise.')).toBe('A 12.5% rise.');
  });

  it('leaves a body without Facts as it is, and empties an empty Fact', () => {
    const plain = '## Heading\n\nText with a [link](https://example.org/).\n';
    expect(withoutFacts(plain)).toBe(plain);
    expect(withoutFacts('Before <Fact source="x"></Fact> after.')).toBe('Before  after.');
  });
});

describe('docsFile (our URL as a path in Starlight docs)', () => {
  it('maps a route under a locale to the file Starlight serves at that URL', () => {
    expect(docsFile('en', '/districts/xuhui/')).toBe('en/districts/xuhui.mdx');
    expect(docsFile('zh-hant', '/next-steps/invest-shanghai/')).toBe('zh-hant/next-steps/invest-shanghai.mdx');
    expect(docsFile('th', '/event/')).toBe('th/event.mdx');
  });

  it('refuses a route with no path (it would be the locale root)', () => {
    expect(() => docsFile('en', '/')).toThrow(/no path/);
  });
});

describe('docsPage', () => {
  it('writes title and summary as Starlight frontmatter, quoting as YAML needs, then the body without Facts', () => {
    const page = docsPage({
      title: 'Xuhui: AI and the West Bund',
      summary: 'A district of #1 rank: "quoted" text.',
      body: '\n\n\nXuhui produced <Fact source="ai-output">80.3 billion yuan</Fact>.\n',
    });
    expect(parseFrontmatter(page)).toEqual({ title: 'Xuhui: AI and the West Bund', description: 'A district of #1 rank: "quoted" text.' });
    expect(page.endsWith('---\n\nXuhui produced 80.3 billion yuan.\n')).toBe(true);
  });

  it('leaves description out when there is no summary', () => {
    const frontmatter = /^---\n([\s\S]*?)---/.exec(docsPage({ title: 'T', body: 'B' }))?.[1] ?? '';
    expect(parse(frontmatter)).toEqual({ title: 'T' });
  });
});

describe('starlightLocales', () => {
  it('gives every locale of ours its prefix and Starlight language, Chinese by region as Starlight names them', () => {
    const table = starlightLocales();
    expect(Object.keys(table)).toEqual(localeCodes);
    expect(table['zh-hans']).toEqual({ label: '简体中文', lang: 'zh-CN' });
    expect(table['zh-hant']).toEqual({ label: '繁體中文', lang: 'zh-TW' });
    expect(table.th?.lang).toBe('th');
  });
});

describe('report arithmetic', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([19.6, 12, 30])).toBe(19.6);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('gives ms per page and the verdict line with the ratio', () => {
    expect(msPerPage(19.6, 193)).toBe(102);
    expect(msPerPage(12, 142)).toBe(85);
    expect(verdict(102, 85)).toBe("per page: ours 102 ms, Starlight 85 ms (1.20 × Starlight's)");
  });
});
