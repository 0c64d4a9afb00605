import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/formatDate';
import { locales, type Locale } from '../../src/i18n/locales';

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
});
