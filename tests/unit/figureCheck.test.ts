import { describe, expect, it } from 'vitest';
import { readNumbers, unstatedNumbers } from '../../src/lib/checks/figureCheck';
import { checkIntegrity, formatProblems, type ContentFile } from '../../src/lib/checks/integrity';
import { bodyOf, frontmatterLines } from '../../src/lib/content/catalogue';
import { parseRegister } from '../../src/lib/content/sourceRegister';
import { file, fixtureRegister, valid, validSet } from '../fixtures/contentEntries';

const register = fixtureRegister();
const statements = ['Output was 80.3 billion yuan in 2023; 20 projects worth 28.11 billion yuan; 1,016 headquarters; 6.79%.'];

describe('reading numbers in each locale', () => {
  it('reads separators the locale way: Indonesian 1.016 and 28,11, English 1,016 and 28.11', () => {
    expect(readNumbers('1.016 kantor dan 28,11 miliar', 'id').map((n) => n.values[0])).toEqual([1016, 28.11]);
    expect(readNumbers('1,016 offices and 28.11 billion', 'en').map((n) => n.values[0])).toEqual([1016, 28.11]);
  });

  const values = (text: string, locale: Parameters<typeof readNumbers>[1]) =>
    readNumbers(text, locale)[0]!.values.map((v) => Number(v.toPrecision(12)));

  it('scales by the declared unit words', () => {
    expect(values('281.1亿元', 'zh-hans')).toEqual([281.1, 281.1e8]);
    expect(values('1.6183萬億元', 'zh-hant')).toEqual([1.6183, 1.6183e12]);
    expect(values('28,110 ล้านหยวน', 'th')).toEqual([28110, 28110e6]);
    expect(values('28,11 miliar yuan', 'id')).toEqual([28.11, 28.11e9]);
  });
});

describe('unstatedNumbers', () => {
  it('accepts a figure its statements give, in any locale and unit', () => {
    expect(unstatedNumbers('80.3 billion yuan', 'en', statements)).toEqual([]);
    expect(unstatedNumbers('20个项目，金额281.1亿元', 'zh-hans', statements)).toEqual([]);
    expect(unstatedNumbers('20 โครงการ มูลค่า 28,110 ล้านหยวน', 'th', statements)).toEqual([]);
    expect(unstatedNumbers('1.016 kantor pusat', 'id', statements)).toEqual([]);
    expect(unstatedNumbers('6,79%', 'id', statements)).toEqual([]);
  });

  it('names each number no statement gives', () => {
    expect(unstatedNumbers('81.3 billion yuan', 'en', statements)).toEqual(['81.3']);
    expect(unstatedNumbers('2811亿元', 'zh-hans', statements)).toEqual(['2811']);
    // 1.016 read the English way is one point zero one six, not a thousand and sixteen.
    expect(unstatedNumbers('1.016', 'en', statements)).toEqual(['1.016']);
  });
});

describe('the build refuses a figure its cited source does not state', () => {
  const story = (locale: string, body: string, sources: string[] = ['report', 'stats']): ContentFile => ({
    ...file('stories', locale, 'ding-yi', { ...valid.story, sources, ...(locale === 'en' ? {} : { translatedFrom: 'en' }) }),
    body: bodyOf(`---\ntitle: x\n---\n\n${body}`),
  });
  const others = validSet().filter((f) => !f.file.includes('/ding-yi.'));
  const check = (files: ContentFile[]) => checkIntegrity([...others, ...files], register);

  it('accepts the right source', () => {
    expect(check([story('en', 'Output was <Fact source="report">80.3 billion yuan</Fact>.')])).toEqual([]);
  });

  it('fails on the wrong source, naming file:line, the figure and the source', () => {
    const problems = check([story('en', 'Output was <Fact source="stats">80.3 billion yuan</Fact>.')]);
    expect(formatProblems(problems)).toContain(
      'src/content/stories/en/ding-yi.mdx:5: "80.3" in the figure "80.3 billion yuan" is not stated by its source stats (tests/fixtures/sources.yaml:',
    );
    expect(problems).toHaveLength(1);
  });

  it('accepts a declared unit conversion in a translation', () => {
    const en = story('en', 'It signed <Fact source="report">20 projects worth 28.11 billion yuan</Fact>.');
    expect(check([en, story('zh-hans', '签约<Fact source="report">20个项目，金额281.1亿元</Fact>。')])).toEqual([]);
    const wrong = check([en, story('zh-hans', '签约<Fact source="report">20个项目，金额2811亿元</Fact>。')]);
    expect(wrong.map((p) => p.message)).toEqual([expect.stringContaining('"2811" in the figure "20个项目，金额2811亿元"')]);
  });

  it('fails on a translation citing differently, for the figure and for the set of sources', () => {
    const en = story('en', 'It had <Fact source="stats">63 centres</Fact> and <Fact source="report">80.3 billion yuan</Fact>.');
    const th = story('th', 'มี <Fact source="report">63 แห่ง</Fact> และ <Fact source="report">80,300 ล้านหยวน</Fact>');
    const problems = check([en, th]);
    expect(formatProblems(problems)).toContain(
      'src/content/stories/th/ding-yi.mdx:5: "63" in the figure "63 แห่ง" is not stated by its source report',
    );
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining('cites the sources [report] in <Fact>s'));
  });

  it('in a locale shard, checks the bodies of its locales and English; each other locale’s shard checks its own', () => {
    const en = story('en', 'It had <Fact source="stats">63 centres</Fact>.');
    const th = story('th', 'มี <Fact source="report">63 แห่ง</Fact>');
    const all = [...others, en, th];
    expect(checkIntegrity(all, register, undefined, { bodiesOf: ['en', 'zh-hans'] })).toEqual([]);
    const thai = checkIntegrity(all, register, undefined, { bodiesOf: ['en', 'th'] });
    expect(thai.map((p) => p.message)).toContainEqual(
      expect.stringContaining('"63" in the figure "63 แห่ง" is not stated by its source report'),
    );
    expect(checkIntegrity(all, register)).toEqual(thai);
  });

  it('accepts a figure two sources state, and checks it against both', () => {
    expect(check([story('en', 'About <Fact source="report stats">30</Fact> came.', ['report', 'stats', 'event-report'])])).toEqual([]);
    expect(check([story('en', 'About <Fact source="report event-report">63</Fact> came.', ['report', 'event-report'])])).toHaveLength(1);
  });

  it('refuses a figure written in words, which it could not check', () => {
    const en = story('en', 'It had <Fact source="stats">63 centres</Fact>.');
    const problems = check([en, story('zh-hans', '有<Fact source="stats">六十三家</Fact>。')]);
    expect(formatProblems(problems)).toContain('src/content/stories/zh-hans/ding-yi.mdx:5: the figure "六十三家" has no number in digits');
  });

  it('names a source id the register lacks', () => {
    const problems = check([story('en', 'Text.', ['report', 'nowhere'])]);
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'sources[1]', message: expect.stringContaining('"nowhere" is not in the source register') }),
    );
  });

  it('checks frontmatter figures, naming their line', () => {
    const text = [
      '---',
      'title: Xuhui District',
      'figures:',
      '  - text: 64 centres',
      '    source: stats',
      "    asOf: '2023'",
      '---',
      '',
    ].join('\n');
    const district: ContentFile = {
      ...file('districts', 'en', 'xuhui', {
        ...valid.district,
        sources: ['stats'],
        figures: [{ text: '64 centres', source: 'stats', asOf: '2023' }],
      }),
      body: bodyOf(text),
      lineOf: frontmatterLines(text),
    };
    const files = [...validSet().filter((f) => !f.file.includes('districts/')), district];
    expect(formatProblems(checkIntegrity(files, register))).toContain(
      'src/content/districts/en/xuhui.mdx:4: "64" in the figure "64 centres"',
    );
  });
});

describe('the register', () => {
  it('reports a record without a url, a title missing a locale and a duplicate id, with their lines', () => {
    const text = [
      '- id: a',
      '  kind: news',
      '  confidence: confirmed',
      '  title: { en: A, zh-hans: A, zh-hant: A, th: A, id: A }',
      '  publisher: { en: P, zh-hans: P, zh-hant: P, th: P, id: P }',
      '  statements: [Something.]',
      '- id: a',
      '  kind: news',
      '  confidence: confirmed',
      '  url: https://example.org/',
      '  title: { en: A }',
      '  publisher: { en: P, zh-hans: P, zh-hant: P, th: P, id: P }',
      '  statements: [Something.]',
    ].join('\n');
    const { problems } = parseRegister(text, 'r.yaml');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 1, field: '[0].url', message: 'needs a url (only the event report has none)' }),
        expect.objectContaining({ line: 7, field: '[1].title.zh-hans', message: 'Required' }),
      ]),
    );
  });

  it('holds every source of the real register once', () => {
    expect(register.problems).toEqual([]);
    expect([...register.records.keys()]).toEqual(['event-report', 'report', 'stats']);
  });
});
