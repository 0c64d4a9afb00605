/**
 * The editor's pre-save check (src/client/admin/validation.ts) on entries shaped as Decap holds
 * them: a real entry passes, and what the build would refuse is named by locale and field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryProblems, preSaveHandler } from '../../src/client/admin/validation';
import { parseContentFile } from '../../src/lib/content/contentFormat';
import type { ImmutableLike } from '../../src/client/admin/decap';
import { defaultLocale, localeCodes } from '../../src/i18n/locales';

type Data = Record<string, unknown>;

/** A stand-in for Decap's Immutable entry: `get`, `getIn` and `toJS` over plain objects. */
function immutable(value: unknown): ImmutableLike {
  const at = (path: string[]) =>
    path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Data)[key] : undefined), value);
  const wrap = (found: unknown) => (found && typeof found === 'object' ? immutable(found) : found);
  return { get: (key) => wrap(at([key])), getIn: (path) => wrap(at(path)), toJS: () => structuredClone(value) };
}

const contentDir = join(import.meta.dirname, '..', '..', 'src', 'content');
function realEntry(collection: string, slug: string, change: (locale: string, data: Data) => void = () => {}): ImmutableLike {
  const localeData = (locale: string) => {
    const { data, body } = parseContentFile(readFileSync(join(contentDir, collection, locale, `${slug}.mdx`), 'utf8'));
    const out: Data = { ...data, body };
    change(locale, out);
    return out;
  };
  const i18n = Object.fromEntries(localeCodes.filter((l) => l !== defaultLocale).map((l) => [l, { data: localeData(l) }]));
  return immutable({ collection, slug, newRecord: false, data: localeData(defaultLocale), i18n });
}

describe('the editor refuses what the build would refuse', () => {
  it('passes a real entry unchanged', () => {
    expect(entryProblems(realEntry('districts', 'xuhui'))).toEqual([]);
    expect(entryProblems(realEntry('incentives', 'rental-discounts'))).toEqual([]);
    expect(preSaveHandler({ entry: realEntry('stories', 'ding-yi') })).toBeUndefined();
  });

  it('names the locale and field of a schema refinement, a missing translatedFrom and a bare figure', () => {
    const entry = realEntry('incentives', 'rental-discounts', (locale, data) => {
      if (locale === defaultLocale) Object.assign(data, { citywide: true, districts: ['xuhui'] });
      if (locale === 'th') delete data.translatedFrom;
    });
    const problems = entryProblems(entry);
    expect(problems).toContainEqual(expect.stringMatching(/^en: field "citywide": is citywide and also lists districts/));
    expect(problems).toContainEqual(expect.stringMatching(/^th: field "translatedFrom": a translation must name the locale/));
    expect(() => preSaveHandler({ entry })).toThrow(/^Not saved: /);
    // The body is checked once the frontmatter passes, as in the build.
    const figure = realEntry('incentives', 'rental-discounts', (locale, data) => {
      if (locale === defaultLocale) data.body = `${String(data.body)}\nIt lists 80 parks.\n`;
    });
    expect(entryProblems(figure)).toEqual([
      expect.stringMatching(/^en: field "\(body\), line \d+ of the text": "80" is a figure outside a <Fact>/),
    ]);
  });

  it('asks a new district which of the sixteen it is, and keeps an existing one at its address', () => {
    const fresh = immutable({ collection: 'districts', slug: '', newRecord: true, data: { title: 'Minhang' }, i18n: {} });
    expect(entryProblems(fresh)).toContainEqual(expect.stringMatching(/field "slug": choose which of Shanghai's 16 districts/));
    const moved = realEntry('districts', 'xuhui', (_locale, data) => Object.assign(data, { slug: 'minhang' }));
    expect(entryProblems(moved)).toContainEqual(expect.stringMatching(/field "slug": an existing entry keeps its address \(xuhui\)/));
  });
});
