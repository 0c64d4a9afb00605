/** Which English bodies a locale shard shows, decided as the pages decide fallbacks. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/lib/content/contentHash';
import { isCurrent, shownEnglish } from '../../src/lib/content/translationCurrent';

const dir = mkdtempSync(join(tmpdir(), 'gis-current-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An English entry written to disk (its hash is read from the file, as at render time). */
function english(slug: string) {
  const path = join(dir, `${slug}.mdx`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, `---\ntitle: ${slug}\n---\nText of ${slug}.\n`);
  return { id: `en/${slug}`, data: { title: slug }, filePath: relative(process.cwd(), path) };
}
const hashOf = (slug: string) => contentHash(`---\ntitle: ${slug}\n---\nText of ${slug}.\n`);

describe('shownEnglish', () => {
  const entries = [
    english('current'),
    english('outdated'),
    english('missing'),
    { id: 'th/current', data: { sourceHash: hashOf('current') } },
    { id: 'th/outdated', data: { sourceHash: 'an-older-hash' } },
    { id: 'id/missing', data: { sourceHash: hashOf('missing') } },
  ];

  it('is every English entry when English is built', () => {
    expect([...shownEnglish(entries, ['en', 'th'])].sort()).toEqual(['en/current', 'en/missing', 'en/outdated']);
  });

  it('is, for a Thai shard, the English entries standing in for a missing or outdated Thai translation', () => {
    expect([...shownEnglish(entries, ['th'])].sort()).toEqual(['en/missing', 'en/outdated']);
    expect(isCurrent(entries[3]!, entries[0]!)).toBe(true);
    expect(isCurrent(entries[4]!, entries[1]!)).toBe(false);
  });

  it('joins what each built locale needs', () => {
    expect([...shownEnglish(entries, ['th', 'id'])].sort()).toEqual(['en/current', 'en/missing', 'en/outdated']);
  });
});
