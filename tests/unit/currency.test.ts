/**
 * "Current, and honest about it" (issue 31): the rules behind `updated`, change notes and "as of",
 * on injected dates and hand-made entries, without a build.
 */
import { describe, expect, it } from 'vitest';
import { changeDays, changeLog } from '../../src/lib/content/changeLog';
import { buildDay, needsAsOf } from '../../src/lib/markdown/factAsOf';
import { contentHashInput } from '../../src/lib/content/contentHashInput';
import { SaveStamp, localDay } from '../../src/lib/editor/saveStamp';
import { formatContentFile } from '../../src/lib/content/contentFormat';
import { checkIntegrity } from '../../src/lib/checks/integrity';
import { file, fixtureRegister, valid, validSet } from '../fixtures/contentEntries';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('a figure says "as of" once it is older than two years at build time', () => {
  const today = day('2026-12-07');
  it('measures two years back from the build day', () => {
    expect(needsAsOf(day('2024-12-06'), today)).toBe(true);
    expect(needsAsOf(day('2024-12-07'), today)).toBe(false);
    expect(needsAsOf(day('2025-06-30'), today)).toBe(false);
  });
  it('counts a month or a year from its start (the register gives 2024-06 as 1 June)', () => {
    expect(needsAsOf(new Date('2024-06'), day('2026-06-02'))).toBe(true);
    expect(needsAsOf(new Date('2024'), day('2026-01-01'))).toBe(false);
    expect(needsAsOf(new Date('2024'), day('2026-01-02'))).toBe(true);
  });
  it('takes the build day from BUILD_DATE, or from the clock, and refuses a malformed one', () => {
    expect(buildDay({ BUILD_DATE: '2030-01-15' }).toISOString()).toBe('2030-01-15T00:00:00.000Z');
    expect(buildDay({}, new Date('2026-12-07T23:59:00Z')).toISOString()).toBe('2026-12-07T00:00:00.000Z');
    expect(() => buildDay({ BUILD_DATE: '7 December' })).toThrow(/BUILD_DATE must be YYYY-MM-DD/);
  });
});

describe('the change log', () => {
  const entries = [
    {
      title: 'Beta',
      href: '/en/b/',
      changes: [
        { date: day('2026-11-01'), note: 'b1' },
        { date: day('2026-12-05'), note: 'b2' },
      ],
    },
    {
      title: 'Alpha',
      href: '/en/a/',
      changes: [
        { date: day('2026-12-05'), note: 'a1' },
        { date: day('2026-12-05'), note: 'a2' },
      ],
    },
    { title: 'Gamma', href: '/en/c/', changes: [] },
  ];
  it('lists every note, newest day first; within a day by title, then as written', () => {
    expect(changeLog(entries).map((c) => `${c.day} ${c.note}`)).toEqual([
      '2026-12-05 a1',
      '2026-12-05 a2',
      '2026-12-05 b2',
      '2026-11-01 b1',
    ]);
    expect(changeLog(entries)[2]).toMatchObject({ title: 'Beta', href: '/en/b/', index: 1 });
  });
  it('groups days for their anchors, and is empty without notes', () => {
    expect(changeDays(changeLog(entries)).map((d) => [d.day, d.changes.length])).toEqual([
      ['2026-12-05', 3],
      ['2026-11-01', 1],
    ]);
    expect(changeDays(changeLog([entries[2]!]))).toEqual([]);
  });
});

describe('translations stay current when only `updated` or `changes` move', () => {
  it('leaves them out of the hash input, and keeps every other field in', () => {
    const data = { title: 'Xuhui', summary: 'S.' };
    const base = contentHashInput(data, 'Body.');
    expect(contentHashInput({ ...data, updated: '2026-12-07', changes: [{ date: '2026-12-07', note: 'New.' }] }, 'Body.')).toBe(base);
    expect(contentHashInput({ ...data, summary: 'Other.' }, 'Body.')).not.toBe(base);
  });
});

describe('`updated` in the build', () => {
  const register = fixtureRegister();
  const without = (data: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(data).filter(([k]) => k !== key));
  const others = validSet().filter((f) => f.file !== 'src/content/districts/en/xuhui.mdx');
  it('is required and must be a date, naming file and field', () => {
    expect(checkIntegrity([...others, file('districts', 'en', 'xuhui', without(valid.district, 'updated'))], register)).toContainEqual({
      file: 'src/content/districts/en/xuhui.mdx',
      field: 'updated',
      message: 'must be a date (YYYY-MM-DD)',
    });
    expect(
      checkIntegrity([...others, file('districts', 'en', 'xuhui', { ...valid.district, updated: 'last week' })], register),
    ).toContainEqual(expect.objectContaining({ file: 'src/content/districts/en/xuhui.mdx', field: 'updated' }));
  });
  it('checks change notes: a date and a note each', () => {
    const bad = {
      ...valid.district,
      changes: [
        { date: 'soon', note: 'x' },
        { date: '2026-12-01', note: ' ' },
      ],
    };
    const problems = checkIntegrity([...others, file('districts', 'en', 'xuhui', bad)], register);
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['changes[0].date', 'changes[1].note']));
  });
});

describe('the editor dates a file on the save that changes it, and only then', () => {
  const data = { title: 'Xuhui', summary: 'S.', sources: ['event-report'], lastChecked: '2026-11-25', updated: '2026-12-01' };
  const loaded = formatContentFile('sites', data, '\nBody.\n');
  const stamp = () => {
    const s = new SaveStamp(() => '2026-12-07');
    s.remember('sites', loaded);
    return s;
  };
  it('keeps the date of a file saved unchanged', () => {
    expect(stamp().stamp('sites', { ...data }, '\nBody.\n')).toEqual(data);
  });
  it('sets today on a changed file, body or frontmatter, and on a new one', () => {
    expect(stamp().stamp('sites', data, '\nBody, edited.\n').updated).toBe('2026-12-07');
    expect(stamp().stamp('sites', { ...data, title: 'Xuhui District' }, '\nBody.\n').updated).toBe('2026-12-07');
    expect(stamp().stamp('sites', { ...data, changes: [{ date: '2026-12-07', note: 'Retitled.' }] }, '\nBody.\n').updated).toBe(
      '2026-12-07',
    );
    expect(stamp().stamp('sites', { title: 'New' }, 'Body.\n').updated).toBe('2026-12-07');
  });
  it("takes today in the editor's own time zone", () => {
    expect(localDay(new Date(2026, 11, 3, 23, 30))).toBe('2026-12-03');
  });
});
