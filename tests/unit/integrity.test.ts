import { describe, expect, it } from 'vitest';
import { checkIntegrity, formatProblems, type ContentFile } from '../../src/lib/checks/integrity';
import { file, fixtureRegister, valid, validSet } from '../fixtures/contentEntries';

const register = fixtureRegister();
const check = (files: readonly ContentFile[]) => checkIntegrity(files, register);

describe('checkIntegrity', () => {
  it('accepts a consistent set', () => {
    expect(check(validSet())).toEqual([]);
  });

  it('names the file and field of a missing title', () => {
    const { title: _dropped, ...untitled } = valid.district;
    const problems = check([
      ...validSet().filter((f) => f.file !== 'src/content/districts/en/xuhui.mdx'),
      file('districts', 'en', 'xuhui', untitled),
    ]);
    expect(problems).toContainEqual({ file: 'src/content/districts/en/xuhui.mdx', field: 'title', message: 'Required' });
  });

  it('names a mistyped field and a bad nested value', () => {
    const problems = check([
      ...validSet(),
      file('districts', 'en', 'changning', {
        ...valid.district,
        order: 'second',
        sources: ['Not a slug'],
      }),
    ]);
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['order', 'sources[0]']));
    expect(problems.every((p) => p.file === 'src/content/districts/en/changning.mdx')).toBe(true);
  });

  it('rejects a summary longer than 200 characters', () => {
    const problems = check([...validSet(), file('stories', 'en', 'long', { ...valid.story, summary: 'x'.repeat(201) })]);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'summary', message: expect.stringContaining('200') }));
  });

  it('reports a dangling reference with its index', () => {
    const problems = check([...validSet(), file('stories', 'en', 'li-changhong', { ...valid.story, districts: ['xuhui', 'pudong'] })]);
    expect(problems).toEqual([
      {
        file: 'src/content/stories/en/li-changhong.mdx',
        field: 'districts[1]',
        message: expect.stringContaining('"pudong" does not exist in districts'),
      },
    ]);
  });

  it('reports a dangling single reference (site → district)', () => {
    const problems = check([...validSet(), file('sites', 'en', 'g60-corridor', { ...valid.site, district: 'songjiang' })]);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'src/content/sites/en/g60-corridor.mdx', field: 'district' }));
  });

  it('refuses a district at the address of the districts side by side (slug "compare"), naming its file and field', () => {
    const problems = check([...validSet(), file('districts', 'en', 'compare', valid.district)]);
    expect(problems).toContainEqual({
      file: 'src/content/districts/en/compare.mdx',
      field: 'slug',
      message: expect.stringContaining('"compare" is not a Shanghai district'),
    });
  });

  it('reports a duplicate slug, naming both files', () => {
    const copy = { ...file('districts', 'en', 'xuhui', valid.district), file: 'src/content/districts/en/xuhui-copy.mdx' };
    const problems = check([...validSet(), copy]);
    expect(problems).toEqual([
      {
        file: 'src/content/districts/en/xuhui-copy.mdx',
        field: 'slug',
        message: 'duplicate slug "xuhui": src/content/districts/en/xuhui.mdx already uses it',
      },
    ]);
  });

  it('reports an unknown locale folder and a file outside any locale folder', () => {
    const problems = check([
      ...validSet(),
      file('districts', 'fr', 'xuhui', valid.district),
      { ...file('districts', '', 'xuhui', valid.district), file: 'src/content/districts/xuhui.mdx' },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'src/content/districts/fr/xuhui.mdx',
        field: '(locale folder)',
        message: expect.stringContaining('unknown locale folder "fr"'),
      }),
      expect.objectContaining({
        file: 'src/content/districts/xuhui.mdx',
        field: '(locale folder)',
        message: expect.stringContaining('not inside a locale folder'),
      }),
    ]);
  });

  it('reports a translation with no English entry', () => {
    const problems = check([...validSet(), file('stories', 'zh-hans', 'lyu-zhu', { ...valid.story, translatedFrom: 'en' })]);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'src/content/stories/zh-hans/lyu-zhu.mdx',
        field: 'slug',
        message: expect.stringContaining('no English entry'),
      }),
    );
  });

  it('requires translations to say what they were translated from', () => {
    const problems = check([...validSet(), file('sites', 'zh-hant', 'caohejing-hi-tech-park', valid.site)]);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'src/content/sites/zh-hant/caohejing-hi-tech-park.mdx', field: 'translatedFrom' }),
    );
  });

  it('requires references to be the same in every locale', () => {
    const problems = check([
      ...validSet(),
      file('sites', 'zh-hans', 'caohejing-hi-tech-park', { ...valid.site, translatedFrom: 'en', district: 'xuhui' }),
      file('districts', 'zh-hant', 'xuhui', { ...valid.district, translatedFrom: 'en', sites: [] }),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'src/content/districts/zh-hant/xuhui.mdx',
        field: 'sites',
        message: expect.stringContaining('differs from the English entry'),
      }),
    ]);
  });

  it('reports unparseable frontmatter and unknown collections', () => {
    const problems = check([file('districts', 'en', 'bad', new Error('frontmatter is not valid YAML')), file('parks', 'en', 'x', {})]);
    expect(problems.map((p) => p.field)).toEqual(['(frontmatter)', '(collection folder)']);
  });

  it('formats problems one per line with file and field', () => {
    expect(formatProblems([{ file: 'a.mdx', field: 'title', message: 'Required' }])).toBe(
      'Content integrity check failed (1 problem):\n  a.mdx: field "title": Required',
    );
  });
});

describe('an English entry with a bad field', () => {
  it('is reported once, not again behind its translations and references', () => {
    const { title: _dropped, ...untitled } = valid.district;
    const files = [
      ...validSet().filter((f) => f.file !== 'src/content/districts/en/xuhui.mdx'),
      file('districts', 'en', 'xuhui', untitled),
    ];
    expect(check(files)).toEqual([{ file: 'src/content/districts/en/xuhui.mdx', field: 'title', message: 'Required' }]);
  });
});
