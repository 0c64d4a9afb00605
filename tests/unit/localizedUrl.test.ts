import { describe, expect, it } from 'vitest';
import { localizedPath, normaliseRoute, splitLocalePath, absoluteUrl } from '../../src/lib/routing/localizedUrl';

describe('localizedUrl', () => {
  it('prefixes every route with the locale and ends with a slash', () => {
    expect(localizedPath('en')).toBe('/en/');
    expect(localizedPath('zh-hans', 'districts/xuhui')).toBe('/zh-hans/districts/xuhui/');
    expect(localizedPath('zh-hant', '/stories/')).toBe('/zh-hant/stories/');
  });

  it('normalises slashes', () => {
    expect(normaliseRoute('')).toBe('/');
    expect(normaliseRoute('//a//')).toBe('/a/');
  });

  it('splits a path into locale and route, rejecting unknown locales', () => {
    expect(splitLocalePath('/zh-hant/incentives/tax-incentives/')).toEqual({ locale: 'zh-hant', route: '/incentives/tax-incentives/' });
    expect(splitLocalePath('/zh-Hans/')).toEqual({ locale: 'zh-hans', route: '/' });
    expect(splitLocalePath('/fr/districts/')).toBeNull();
    expect(splitLocalePath('/')).toBeNull();
  });

  it('builds absolute URLs against the site origin', () => {
    expect(absoluteUrl('/en/', 'https://example.org')).toBe('https://example.org/en/');
  });
});
