import { describe, expect, it } from 'vitest';
import { localizedPath, normaliseRoute, splitLocalePath, absoluteUrl, canonicalUrl } from '../../src/lib/routing/localizedUrl';

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

  it("gives a route's canonical URL in the context's locale, the home page without a route", () => {
    const ctx = { locale: 'th' as const, absolute: (path: string) => absoluteUrl(path, 'https://example.org/') };
    expect(canonicalUrl(ctx, 'districts/xuhui')).toBe('https://example.org/th/districts/xuhui/');
    expect(canonicalUrl(ctx)).toBe('https://example.org/th/');
  });
});
