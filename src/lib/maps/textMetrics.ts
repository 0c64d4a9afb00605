/**
 * Text size without a browser: the map is built at build time and the reader's system font is
 * unknown, so widths are estimates per character class, erring wide so labels do not collide.
 */

// Han, kana, Hangul, CJK punctuation and full-width forms take a full em.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

function charWidthEm(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (ch === ' ') return 0.3;
  if (/[il.,:;'!|ʼ’]/.test(ch)) return 0.3;
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

function isWide(text: string): boolean {
  return WIDE.test(text);
}

/**
 * Breaks a label into lines of at most maxWidth: at spaces for spaced scripts, between characters
 * for Chinese (which has no spaces). A single long Latin word is never split.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '' || textWidth(clean, fontSize, bold) <= maxWidth) return [clean];
  const units = clean.includes(' ') ? clean.split(' ') : isWide(clean) ? Array.from(clean) : [clean];
  const joiner = clean.includes(' ') ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    const candidate = line === '' ? unit : `${line}${joiner}${unit}`;
    if (line !== '' && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = unit;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Line height and the ascent above the first baseline, as fractions of the font size. */
export const LINE_HEIGHT = 1.2;
export const ASCENT = 0.82;
export const DESCENT = 0.25;

export function textBlockHeight(lineCount: number, fontSize: number): number {
  return (lineCount - 1) * LINE_HEIGHT * fontSize + (ASCENT + DESCENT) * fontSize;
}
