import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentHash, stampSourceHash } from '../../src/lib/content/contentHash';
import { countStates, translationStatus } from '../../src/lib/content/translationStatus';

describe('contentHash', () => {
  const english = '---\ntitle: Xuhui\nlastChecked: 2026-11-25\n---\n\nBody.\n';

  it('is a 12-character hex digest that ignores bookkeeping lines', () => {
    expect(contentHash(english)).toMatch(/^[0-9a-f]{12}$/);
    expect(contentHash(english.replace('2026-11-25', '2027-01-01'))).toBe(contentHash(english));
    expect(contentHash(english.replace('Body.', 'Body changed.'))).not.toBe(contentHash(english));
    expect(contentHash(english.replace(/\n/g, '\r\n'))).toBe(contentHash(english));
  });

  it('stamps the hash as a quoted string, after translatedFrom, replacing an old one', () => {
    const translation = '---\ntitle: 徐汇区\ntranslatedFrom: en\n---\n';
    const once = stampSourceHash(translation, '123456789012');
    expect(once).toBe("---\ntitle: 徐汇区\ntranslatedFrom: en\nsourceHash: '123456789012'\n---\n");
    // All digits would read as a number without the quotes.
    expect(parse(once.split('---')[1] ?? '').sourceHash).toBe('123456789012');
    expect(stampSourceHash(once, 'abcdefabcdef')).toContain("sourceHash: 'abcdefabcdef'\n---");
  });
});

describe('translationStatus', () => {
  const references = [
    { collection: 'districts', slug: 'xuhui', hash: 'aaaaaaaaaaaa' },
    { collection: 'districts', slug: 'songjiang', hash: 'bbbbbbbbbbbb' },
    { collection: 'stories', slug: 'ding-yi', hash: 'cccccccccccc' },
  ];
  const translations = [
    { collection: 'districts', slug: 'xuhui', locale: 'th', sourceHash: 'aaaaaaaaaaaa' },
    { collection: 'districts', slug: 'songjiang', locale: 'th', sourceHash: 'old000000000' },
    { collection: 'stories', slug: 'ding-yi', locale: 'id', sourceHash: 'cccccccccccc' },
  ];

  it('sorts each English entry into translated, outdated or missing', () => {
    expect(translationStatus(references, translations, 'th')).toEqual([
      { collection: 'districts', slug: 'xuhui', state: 'translated' },
      { collection: 'districts', slug: 'songjiang', state: 'outdated' },
      { collection: 'stories', slug: 'ding-yi', state: 'missing' },
    ]);
  });

  it('treats a translation without a recorded hash as outdated', () => {
    expect(translationStatus(references.slice(0, 1), [{ collection: 'districts', slug: 'xuhui', locale: 'id' }], 'id')[0]?.state).toBe(
      'outdated',
    );
  });

  it('counts states', () => {
    expect(countStates(translationStatus(references, translations, 'id'))).toEqual({ translated: 1, outdated: 0, missing: 2 });
  });
});
