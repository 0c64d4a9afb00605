/** Printing: the print date a brief gets in the browser, and how the print test reads text back from a PDF. */
import { describe, expect, it } from 'vitest';
import { printedOn } from '../../src/client/print';
import { comparable, paperHas } from '../helpers/paper';
import { briefSample, type Brief } from '../helpers/briefs';
import { localeCodes, locales } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n';

describe('printedOn', () => {
  const day = new Date(2026, 11, 7, 12);

  it.each(localeCodes)('dates a copy in %s with a Gregorian year, in the sentence of the UI string', (locale) => {
    const template = useTranslations(locale)('print.printedOn', { date: '{{date}}' });
    const text = printedOn(template, day, locales[locale].tag);
    const [before = '', after = ''] = template.split('{{date}}');
    expect(template).toContain('{{date}}');
    expect(text.startsWith(before) && text.endsWith(after)).toBe(true);
    expect(text).not.toContain('{{date}}');
    expect(text).toContain('2026');
    expect(text).not.toContain('2569'); // the Buddhist-era year Thai would give by default
    expect(text).toContain('7');
  });
});

describe('reading text back from a PDF', () => {
  it('ignores line breaks and folds Kangxi radicals', () => {
    expect(paperHas('相聚上海 · ⾏政區\nWest\nBund', '行政區')).toBe(true);
    expect(paperHas('the West\nBund cluster', 'West Bund')).toBe(true);
  });

  it('lets a CJK radical stand for an ideograph only', () => {
    expect(paperHas('⻑寧區', '長寧區')).toBe(true);
    expect(paperHas('⻑寧區', '長安區')).toBe(false);
    expect(paperHas('⻑寧區', 'x寧區')).toBe(false);
  });

  it('reads Thai shifted forms (private-use code points) as their marks', () => {
    expect(comparable('ไฮ\uf70b')).toBe(comparable('ไฮ้'));
    expect(paperHas('เขตใจกลางเซี่ยงไฮ\uf70bที่เน\uf70bน', 'เซี่ยงไฮ้ที่เน้น')).toBe(true);
    expect(paperHas('เขตใจกลางเซี่ยงไฮ\uf70b', 'เซี่ยงไฮ่')).toBe(false);
  });

  it('finds nothing for an empty string', () => {
    expect(paperHas('anything', '')).toBe(false);
  });
});

describe('the briefs npm test prints', () => {
  const brief = (collection: string, locale: string, route: string, textLength: number): Brief => ({
    path: `/${locale}${route}`,
    collection,
    locale,
    route,
    textLength,
  });
  const briefs = [
    brief('districts', 'en', '/districts/a/', 900),
    brief('districts', 'th', '/districts/a/', 1_500),
    brief('districts', 'en', '/districts/b/', 400),
    brief('districts', 'th', '/districts/b/', 300),
    brief('incentives', 'en', '/incentives/c/', 1_000),
    brief('incentives', 'th', '/incentives/c/', 700),
  ];

  it("prints each locale's longest brief with JavaScript, and each collection's longest once without, the locales in turn", () => {
    expect(briefSample(briefs, ['en', 'th']).map((b) => `${b.path} ${b.javaScript}`)).toEqual([
      '/en/incentives/c/ true',
      '/th/districts/a/ true',
      '/en/districts/a/ false',
      '/th/incentives/c/ false',
    ]);
  });
});
