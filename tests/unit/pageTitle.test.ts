import { describe, expect, it } from 'vitest';
import { maxTitleLength, pageTitle } from '../../src/lib/routing/pageTitle';

describe('pageTitle', () => {
  it('adds the site name when it fits', () => {
    expect(pageTitle('Xuhui District', 'Gather in Shanghai')).toBe('Xuhui District | Gather in Shanghai');
  });

  it('drops the site name rather than pass the limit', () => {
    const long = 'Ding Yi: Thai members who want to reconnect and invest in Shanghai';
    expect(pageTitle(long, 'Gather in Shanghai')).toBe(long);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(pageTitle('徐'.repeat(maxTitleLength - 7), '相聚上海')).toBe(`${'徐'.repeat(maxTitleLength - 7)} | 相聚上海`);
  });

  it('uses the home title alone', () => {
    expect(pageTitle('Gather in Shanghai: districts', 'Gather in Shanghai', true)).toBe('Gather in Shanghai: districts');
  });
});
