/**
 * Where a preview title may break a line. satori breaks text with the Unicode line-breaking
 * algorithm (UAX #14), which keeps Chinese punctuation off the start of a line but has no
 * dictionary: a run of Thai (written without spaces between words) is one unbreakable "word" to
 * it, so a long Thai title was cut wherever the card's edge fell, mid-word. Here the words of such
 * scripts are found with Intl.Segmenter, and a zero-width space (a break opportunity in UAX #14,
 * drawn as nothing) is put between two words of that script. Everywhere else UAX #14 decides.
 */

/** A break opportunity that draws nothing: UAX #14 class ZW. */
export const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Scripts written without spaces between words whose line breaks need a dictionary (UAX #14
 * class SA): Thai, Lao, Khmer, Myanmar and the Tai scripts. Chinese and Japanese are not here:
 * UAX #14 may break between any two ideographs, and keeps punctuation where it belongs.
 */
const noSpaceScript =
  /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tai_Tham}\p{Script=Tai_Viet}\p{Script=New_Tai_Lue}]/u;

const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/**
 * The offsets (in UTF-16 code units) where a word of a no-space script ends and another of one
 * begins: the places a line may break inside such a run.
 */
export function wordBreakOffsets(text: string, lang: string): number[] {
  const offsets: number[] = [];
  for (const { index } of wordSegmenter(lang).segment(text)) {
    if (index === 0) continue;
    // Two code units back, so a character outside the BMP before the boundary is read whole.
    const before = [...text.slice(Math.max(0, index - 2), index)].at(-1) ?? '';
    const after = String.fromCodePoint(text.codePointAt(index) ?? 0);
    if (noSpaceScript.test(before) && noSpaceScript.test(after)) offsets.push(index);
  }
  return offsets;
}

/** The text with a zero-width space at every word boundary inside a run of a no-space script. */
export function withWordBreaks(text: string, lang: string): string {
  const offsets = wordBreakOffsets(text, lang);
  if (offsets.length === 0) return text;
  let out = '';
  let from = 0;
  for (const offset of offsets) {
    out += text.slice(from, offset) + ZERO_WIDTH_SPACE;
    from = offset;
  }
  return out + text.slice(from);
}
