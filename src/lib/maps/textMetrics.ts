/**
 * Text size without a browser: the maps are built at build time and the reader's system font is
 * unknown, so widths are estimates per character class, erring wide so labels stay clear.
 */

// Han, kana, Hangul, CJK punctuation and full-width forms take a full em.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

function charWidthEm(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (/[\s il.,:;'!|ʼ’]/.test(ch)) return 0.3;
  if (/[mwMW@]/.test(ch)) return 0.9;
  if (/[A-Z]/.test(ch)) return 0.7;
  return 0.6;
}

/** Estimated width of one line, in viewBox units. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * fontSize * (bold ? 1.07 : 1);
}

/** Lines of at most maxWidth: broken at spaces, or between Chinese characters; a word is never split. */
export function wrapText(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (textWidth(clean, fontSize, bold) <= maxWidth) return [clean];
  const spaced = clean.includes(' ');
  const units = spaced ? clean.split(' ') : WIDE.test(clean) ? Array.from(clean) : [clean];
  const lines: string[] = [];
  for (const unit of units) {
    const last = lines.length - 1;
    const candidate = last < 0 ? unit : `${lines[last]}${spaced ? ' ' : ''}${unit}`;
    if (last >= 0 && textWidth(candidate, fontSize, bold) <= maxWidth) lines[last] = candidate;
    else lines.push(unit);
  }
  return lines;
}
