import { describe, expect, it } from 'vitest';
import { foreignRuns } from '../../src/lib/markdown/foreignScript';

describe('foreignRuns', () => {
  it('marks Chinese names inside English text', () => {
    expect(foreignRuns('Xuhui District (徐汇区) and 长三角G60科创走廊.', 'en')).toEqual([
      { text: 'Xuhui District (' },
      { text: '徐汇区', lang: 'zh-Hans' },
      { text: ') and ' },
      { text: '长三角', lang: 'zh-Hans' },
      { text: 'G60' },
      { text: '科创走廊', lang: 'zh-Hans' },
      { text: '.' },
    ]);
  });

  it('keeps a phrase with spaces and CJK punctuation together', () => {
    expect(foreignRuns('The series 相聚上海 共创未来 ran in 2024', 'th')).toContainEqual({ text: '相聚上海 共创未来', lang: 'zh-Hans' });
  });

  it('leaves Chinese pages and text without Chinese alone', () => {
    expect(foreignRuns('徐汇区 Xuhui', 'zh-Hans')).toEqual([{ text: '徐汇区 Xuhui' }]);
    expect(foreignRuns('Plain English.', 'en')).toEqual([{ text: 'Plain English.' }]);
  });
});
