/**
 * Where preview titles break their lines, on the real layout (satori with the real fonts): Thai
 * between words, never inside one; Chinese never with closing punctuation at a line's start.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { pagesOf } from '../../src/lib/routing/pageRegistry';
import { viewContext } from '../../src/lib/routing/routeData';
import { ogTitleLines, previewInput, type OgImageInput } from '../../src/lib/media/ogImage/render';
import { withWordBreaks, wordBreakOffsets, ZERO_WIDTH_SPACE } from '../../src/lib/media/ogImage/lineBreaks';
import { realContent } from '../helpers/realContent';

const content = realContent();

/** The preview-image input of every page of a locale, as src/pages/og/ builds it. */
function previewInputs(locale: Locale): OgImageInput[] {
  const ctx = viewContext(locale, content, 'https://example.org/');
  return pagesOf(ctx).map((page) => previewInput(locale, page));
}

/** Offsets where one line ends and the next begins, in the title's own text. */
function breakOffsets(lines: readonly string[]): number[] {
  let at = 0;
  return lines.slice(0, -1).map((line) => (at += line.length));
}

/** Where Intl.Segmenter puts word boundaries (a space is a word of its own, so both its sides count). */
function segmentBoundaries(text: string, lang: string): Set<number> {
  const segments = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)];
  return new Set([...segments.map((s) => s.index), text.length]);
}

describe('withWordBreaks', () => {
  it('puts a zero-width space between Thai words, and only there', () => {
    const marked = withWordBreaks('Ding Yi: สมาชิกจากไทยที่อยากเชื่อมกับรากเหง้า', 'th');
    const words = marked.split(/[\u200B ]/);
    expect(words).toContain('เชื่อม');
    expect(marked.replaceAll(ZERO_WIDTH_SPACE, '')).toBe('Ding Yi: สมาชิกจากไทยที่อยากเชื่อมกับรากเหง้า');
    // Not after the Latin name, the colon or the space: UAX #14 already handles those.
    expect(marked.startsWith('Ding Yi: สมาชิก')).toBe(true);
  });

  it('leaves Latin and Chinese text as it is', () => {
    expect(withWordBreaks('Xuhui: AI, culture and the West Bund', 'en')).toBe('Xuhui: AI, culture and the West Bund');
    expect(withWordBreaks('徐汇区：人工智能与西岸。', 'zh-Hans')).toBe('徐汇区：人工智能与西岸。');
    expect(wordBreakOffsets('เขต Xuhui', 'th')).toEqual([]);
  });
});

// Each title is laid out by satori, as the build does: seconds for the site's titles, more on a loaded machine.
describe('Thai preview titles', { timeout: 60_000 }, () => {
  const inputs = previewInputs('th');

  it('are the site’s Thai pages', () => {
    expect(inputs.length).toBeGreaterThan(20);
    expect(inputs.some((input) => input.title.includes('เชื่อม'))).toBe(true);
  });

  it('break every line at a word boundary of Intl.Segmenter, never inside a word', async () => {
    const wrong: string[] = [];
    let breaks = 0;
    for (const input of inputs) {
      const lines = await ogTitleLines(input);
      expect(lines.join(''), input.url).toBe(input.title);
      const boundaries = segmentBoundaries(input.title, 'th');
      for (const offset of breakOffsets(lines)) {
        breaks += 1;
        if (!boundaries.has(offset)) wrong.push(`${input.url}: "${input.title.slice(0, offset)} / ${input.title.slice(offset)}"`);
      }
    }
    expect(wrong).toEqual([]);
    // The titles do wrap: a test over titles that all fit on one line would prove nothing.
    expect(breaks).toBeGreaterThan(10);
  });
});

/** Characters that must not start a line in Chinese (kinsoku): closing punctuation and marks. */
const noLineStart = [...'，。：、；！？）」』》〉】〕”’…'];
/** Characters that must not end a line: opening brackets and quotes. */
const noLineEnd = [...'（「『《〈【〔“‘'];

describe('Chinese preview titles', { timeout: 60_000 }, () => {
  it.each(['zh-hans', 'zh-hant'] as const)('in %s keep punctuation off the start of a line', async (locale) => {
    const wrong: string[] = [];
    for (const input of previewInputs(locale)) {
      const lines = await ogTitleLines(input);
      expect(lines.join(''), input.url).toBe(input.title);
      for (const [i, line] of lines.entries()) {
        if (i > 0 && noLineStart.includes(line[0] ?? '')) wrong.push(`${input.url}: line ${i + 1} "${line}"`);
        if (i < lines.length - 1 && noLineEnd.includes(line.at(-1) ?? '')) wrong.push(`${input.url}: line ${i + 1} "${line}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(noLineStart.slice(0, 10))('never starts a line with “%s”, even where the line is full', async (mark) => {
    const base: OgImageInput = { title: '', typeLabel: '区', siteName: '相聚上海', lang: 'zh-Hans' };
    const plain = '松江区注册公司寻找办公空间招聘人才并对接政府服务事项虹桥国际中央商务区';
    const [first = ''] = await ogTitleLines({ ...base, title: plain });
    // The mark where the second line began: the same width, so a break before it would be the
    // natural one, and only the rule keeps it on the first line.
    const title = plain.slice(0, first.length) + mark + plain.slice(first.length + 1);
    const lines = await ogTitleLines({ ...base, title });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(title);
    expect(lines.slice(1).map((line) => line[0])).not.toContain(mark);
  });
});
