/**
 * Is a cited figure stated by its source? Every number in a `<Fact>` (or a frontmatter figure) must
 * appear in one of the cited register records' statements, in any locale: "281.1亿元" and
 * "28,11 miliar yuan" both state 28.11 billion. Numbers are read with the locale's separators
 * (Indonesian writes 1.016 and 278,9) and scaled by the unit words declared here per locale.
 */
import { locales, type Locale } from '../../i18n/locales';

/** Unit words that scale the number before them, per locale (longest first is not required). */
export const unitWords: Readonly<Record<Locale, Readonly<Record<string, number>>>> = {
  en: { thousand: 1e3, million: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 },
  'zh-hans': { 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 },
  'zh-hant': { 千: 1e3, 萬: 1e4, 億: 1e8, 萬億: 1e12 },
  th: { พัน: 1e3, หมื่น: 1e4, แสน: 1e5, ล้าน: 1e6, สิบล้าน: 1e7, ร้อยล้าน: 1e8, พันล้าน: 1e9, หมื่นล้าน: 1e10, แสนล้าน: 1e11, ล้านล้าน: 1e12 },
  id: { ribu: 1e3, juta: 1e6, miliar: 1e9, triliun: 1e12 },
};

/** Statements in the register are English: they are read by English rules. */
const statementLocale: Locale = 'en';

export interface ReadNumber {
  /** As written, e.g. "1.6183", "28,11". */
  raw: string;
  /** The values it may stand for: as written and, after a unit word, scaled. */
  values: number[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Reader {
  pattern: RegExp;
  group: string;
  decimal: string;
  unit: RegExp | undefined;
  scale: Readonly<Record<string, number>>;
}

const readers = new Map<Locale, Reader>();
function readerFor(locale: Locale): Reader {
  let reader = readers.get(locale);
  if (!reader) {
    const parts = new Intl.NumberFormat(locales[locale].tag).formatToParts(12345.6);
    const group = parts.find((p) => p.type === 'group')?.value ?? ',';
    const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    const g = escape(group);
    const d = escape(decimal);
    const scale = unitWords[locale];
    const words = Object.keys(scale).sort((a, b) => b.length - a.length);
    // Latin unit words end at a word boundary ("bn", not "bnx"); CJK and Thai words have none.
    const unit = words.length ? new RegExp(`^\\s*(${words.map(escape).join('|')})(?![a-z])`, 'i') : undefined;
    reader = {
      pattern: new RegExp(`(?<![\\d${d}${g}])\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?|(?<![\\d${d}${g}])\\d+(?:${d}\\d+)?`, 'gu'),
      group,
      decimal,
      unit,
      scale,
    };
    readers.set(locale, reader);
  }
  return reader;
}

/** The numbers written in a text, in `locale`'s way of writing them. */
export function readNumbers(text: string, locale: Locale): ReadNumber[] {
  const reader = readerFor(locale);
  const out: ReadNumber[] = [];
  for (const match of text.matchAll(reader.pattern)) {
    const raw = match[0];
    const value = Number(raw.split(reader.group).join('').replace(reader.decimal, '.'));
    const values = [value];
    const unit = reader.unit?.exec(text.slice(match.index + raw.length));
    const factor = unit ? (reader.scale[unit[1]!.toLowerCase()] ?? reader.scale[unit[1]!]) : undefined;
    if (factor) values.push(value * factor);
    out.push({ raw, values });
  }
  return out;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);

/** The numbers of `figure` (written in `locale`) that none of `statements` states. */
export function unstatedNumbers(figure: string, locale: Locale, statements: readonly string[]): string[] {
  const stated = statements.flatMap((s) => readNumbers(s, statementLocale).flatMap((n) => n.values));
  return readNumbers(figure, locale)
    .filter((n) => !n.values.some((v) => stated.some((s) => same(v, s))))
    .map((n) => n.raw);
}
