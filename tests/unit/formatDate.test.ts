import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/formatDate';
import { locales, type Locale } from '../../src/i18n/locales';
import { localizeSource, parseRegister } from '../../src/lib/content/sourceRegister';

const eventDay = new Date(Date.UTC(2024, 8, 25));

describe('formatDate', () => {
  it('gives Thai readers the Gregorian year the text uses (2024), not the Buddhist era (2567)', () => {
    const thai = formatDate(eventDay, 'th');
    expect(thai).toContain('2024');
    expect(thai).not.toContain('2567');
    expect(thai).toContain('กันยายน');
  });

  it('leaves the other locales as they were', () => {
    expect(formatDate(eventDay, 'en')).toBe('September 25, 2024');
    expect(formatDate(eventDay, 'zh-hans')).toBe('2024年9月25日');
    expect(formatDate(eventDay, 'zh-hant')).toBe('2024年9月25日');
    expect(formatDate(eventDay, 'id')).toBe('25 September 2024');
  });

  it('prints a Gregorian year in every locale, for every year the site cites', () => {
    for (const locale of Object.keys(locales) as Locale[]) {
      for (const year of [2008, 2023, 2024, 2025, 2026]) {
        const text = formatDate(new Date(Date.UTC(year, 0, 15)), locale);
        expect(text, `${locale} ${year}`).toContain(String(year));
        expect(text, `${locale} ${year}`).not.toContain(String(year + 543));
      }
    }
  });

  it('reads the date in UTC, so the day does not shift with the machine time zone', () => {
    expect(formatDate(new Date('2024-09-25T23:30:00Z'), 'id')).toBe('25 September 2024');
  });
});

describe('isoDate', () => {
  it('gives YYYY-MM-DD', () => {
    expect(isoDate(eventDay)).toBe('2024-09-25');
  });

  it('gives only the month or the year when that is all that is known', () => {
    expect(isoDate(eventDay, 'month')).toBe('2024-09');
    expect(isoDate(eventDay, 'year')).toBe('2024');
  });
});

describe('a date as precise as its source', () => {
  it('prints no day for a month, and no month for a year', () => {
    expect(formatDate(eventDay, 'en', 'month')).toBe('September 2024');
    expect(formatDate(eventDay, 'en', 'year')).toBe('2024');
    expect(formatDate(eventDay, 'zh-hans', 'month')).toBe('2024年9月');
    for (const locale of Object.keys(locales) as Locale[]) {
      expect(formatDate(eventDay, locale, 'year'), locale).not.toMatch(/25|2567/);
      expect(formatDate(eventDay, locale, 'month'), locale).not.toMatch(/25|2567/);
    }
  });

  const record = (date: string) =>
    [
      '- id: s',
      '  kind: news',
      '  confidence: confirmed',
      `  date: ${date}`,
      '  url: https://example.org/a',
      ...['title', 'publisher'].flatMap((field) => [`  ${field}:`, ...Object.keys(locales).map((l) => `    ${l}: x`)]),
      '  statements:',
      '    - A statement.',
    ].join('\n');

  it('reads a register date to the day, the month or the year the source gives', () => {
    const precision = (date: string) => localizeSource(parseRegister(record(date)).records.get('s')!, 'en').datePrecision;
    expect(precision('2024-07-30')).toBe('day');
    expect(precision('2024-06')).toBe('month');
    expect(precision("'2022'")).toBe('year');
  });

  it('refuses a bare year, which YAML reads as a number', () => {
    expect(parseRegister(record('2022')).problems.map((p) => p.field)).toEqual(['[0].date']);
  });
});
