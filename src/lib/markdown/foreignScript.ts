/**
 * Finds runs of Chinese characters inside text of another language, so they can carry their own
 * `lang` (screen readers switch voice; browsers pick a Chinese font). Chinese names on English,
 * Thai and Indonesian pages are in Simplified characters, as the official names are.
 */
export interface ScriptRun {
  text: string;
  /** BCP 47 tag of the run, when it differs from the page's language. */
  lang?: string;
}

// Han characters, with CJK punctuation and spaces allowed between them.
const hanRun = /[\p{Script=Han}](?:[\p{Script=Han}\u3000-\u303f\uff00-\uffef·\s]*[\p{Script=Han}])?/gu;

export function foreignRuns(text: string, pageTag: string): ScriptRun[] {
  if (pageTag.toLowerCase().startsWith('zh')) return [{ text }];
  const runs: ScriptRun[] = [];
  let last = 0;
  for (const match of text.matchAll(hanRun)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    runs.push({ text: match[0], lang: 'zh-Hans' });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs.filter((r) => r.text !== '');
}
