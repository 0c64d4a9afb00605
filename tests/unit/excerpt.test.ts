import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptSegments } from '../../src/lib/search/excerpt';

describe('excerptSegments', () => {
  it('splits marked words from plain text', () => {
    expect(excerptSegments('Lower <mark>rent</mark> for <mark>companies</mark>.')).toEqual([
      { text: 'Lower ', mark: false },
      { text: 'rent', mark: true },
      { text: ' for ', mark: false },
      { text: 'companies', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('keeps markup from content as text, entities decoded once', () => {
    const segments = excerptSegments('&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt; &amp;lt;b&amp;gt;');
    expect(segments.map((s) => s.text).join('')).toBe('<script>alert(1)</script> &lt;b&gt;');
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['alert']);
  });

  it('treats tags other than <mark> as text', () => {
    expect(excerptSegments('<img src=x onerror=alert(1)>')).toEqual([{ text: '<img src=x onerror=alert(1)>', mark: false }]);
  });

  it('decodes numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('&#36164;&#x91d1; &bogus; &#0;')).toBe('资金 &bogus; &#0;');
  });
});
