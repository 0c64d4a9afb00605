/**
 * A figure's numeric value and unit, read from its text only where the text is nothing but a
 * number, optionally a scale word ("billion", 亿) and a unit or counting word: "80.3 billion yuan",
 * "803亿元", "604,06 km²", "591家", "112". Anything else ("more than 30% a year", "about 60
 * companies", "20 projects worth 28.11 billion yuan") gives no value: the text keeps what the source
 * says, and a bound or a range is not a value. Never a guess: an unknown word leaves the value empty.
 */
import type { Locale } from '../../i18n/locales';

export interface FigureValue {
  value: number;
  /** `CNY`, `%`, `km2`, `m2`, `year`; empty for a count (what it counts is in the text). */
  unit: string;
}

interface NumberWords {
  /** The decimal mark; the other of `.` and `,` groups thousands. */
  decimal: '.' | ',';
  /** Words that multiply the number before them, by their power of ten. */
  scales: Readonly<Record<string, number>>;
  /** Words after the number (and scale) that name a unit, by the unit's code; '' for counting words. */
  units: Readonly<Record<string, string>>;
  /** Words before the number that name the unit ("人民币" before "803亿元"). */
  prefixes?: Readonly<Record<string, string>>;
}

const symbols = { '%': '%', 'km²': 'km2', 'm²': 'm2' };

const numberWords: Record<Locale, NumberWords> = {
  en: { decimal: '.', scales: { million: 6, billion: 9, trillion: 12 }, units: { ...symbols, yuan: 'CNY', years: 'year' } },
  id: { decimal: ',', scales: { juta: 6, miliar: 9, triliun: 12 }, units: { ...symbols, yuan: 'CNY', tahun: 'year' } },
  th: {
    decimal: '.',
    scales: { ล้าน: 6, ล้านล้าน: 12 },
    units: { ...symbols, หยวน: 'CNY', ตารางกิโลเมตร: 'km2', ตารางเมตร: 'm2', ปี: 'year', แห่ง: '', ข้อ: '', คน: '', ราย: '' },
  },
  'zh-hans': {
    decimal: '.',
    scales: { 万: 4, 亿: 8, 万亿: 12 },
    units: { ...symbols, 元: 'CNY', 平方公里: 'km2', 平方米: 'm2', 年: 'year', 家: '', 个: '', 项: '', 条: '', 名: '', 人: '' },
    prefixes: { 人民币: 'CNY' },
  },
  'zh-hant': {
    decimal: '.',
    scales: { 萬: 4, 億: 8, 萬億: 12 },
    units: { ...symbols, 元: 'CNY', 平方公里: 'km2', 平方公尺: 'm2', 年: 'year', 家: '', 個: '', 項: '', 條: '', 名: '', 人: '' },
    prefixes: { 人民幣: 'CNY' },
  },
};

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so "ล้านล้าน" wins over "ล้าน" and "万亿" over "万". */
const alternatives = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const patterns = new Map<Locale, RegExp>();
function patternOf(locale: Locale): RegExp {
  const cached = patterns.get(locale);
  if (cached) return cached;
  const { decimal, scales, units, prefixes = {} } = numberWords[locale];
  const group = escape(decimal === '.' ? ',' : '.');
  const mark = escape(decimal);
  const number = `\\d{1,3}(?:${group}\\d{3})+(?:${mark}\\d+)?|\\d+(?:${mark}\\d+)?`;
  const prefix = Object.keys(prefixes).length ? `(${alternatives(Object.keys(prefixes))})?\\s*` : '()';
  const pattern = new RegExp(
    `^${prefix}(${number})(?:\\s*(${alternatives(Object.keys(scales))}))?(?:\\s*(${alternatives(Object.keys(units))}))?$`,
    'u',
  );
  patterns.set(locale, pattern);
  return pattern;
}

/** The value and unit a figure's text states, or undefined when the text says more (or less) than that. */
export function figureValue(text: string, locale: Locale): FigureValue | undefined {
  const match = patternOf(locale).exec(text.trim());
  if (!match) return undefined;
  const [, prefix, digits = '', scale, unitWord] = match;
  const { decimal, scales, units, prefixes = {} } = numberWords[locale];
  const prefixUnit = prefix ? prefixes[prefix] : undefined;
  const wordUnit = unitWord === undefined ? undefined : units[unitWord];
  // "人民币803亿元" names the currency twice; "人民币803家" would be nonsense.
  if (prefixUnit !== undefined && wordUnit !== undefined && prefixUnit !== wordUnit) return undefined;
  // A scale word alone ("803亿") is a number of something unsaid: only with a unit.
  if (scale !== undefined && (wordUnit ?? prefixUnit) === undefined) return undefined;
  const plain = digits.split(decimal === '.' ? ',' : '.').join('');
  const [whole = '', fraction = ''] = plain.split(decimal);
  // Shifting the decimal point in text, so 80.3 billion is 80300000000, not 80299999999.99999.
  const exponent = (scale === undefined ? 0 : (scales[scale] ?? 0)) - fraction.length;
  return { value: Number(`${whole}${fraction}e${exponent}`), unit: wordUnit ?? prefixUnit ?? '' };
}
