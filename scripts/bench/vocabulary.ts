/**
 * A Zipf-like vocabulary for the benchmark's synthetic text: per script, 4,000 distinct words
 * (the site's topical words and generated ones), drawn with frequency ∝ 1/rank as in real prose
 * (Zipf's law). A search index then has many distinct words and long and short posting lists.
 * Deterministic (fixed seeds), so runs are comparable. The old 26-word generator stays in
 * syntheticContent.ts (`--vocabulary=small`).
 *
 * Where the topical words rank decides how many pages a typical query ("rent", "租金",
 * "ค่าเช่า", "sewa") matches. Ranked first (`zipf`, the default until 2026-12), "rent" was as
 * common as "the" and stood on 98 % of pages, so a first search loaded a posting for nearly every
 * page; on the real site these words stand on 7–44 % of a locale's pages. Ranked from 100
 * (`zipf-rank100`), after generated words that play the part of function words, they stand on about a
 * fifth to a half of the pages, as on the real site.
 */
import * as OpenCC from 'opencc-js';

export type Script = 'Latn' | 'Indo' | 'Hans' | 'Hant' | 'Thai';

/** Where the topical words rank: from 100 (`zipf-rank100`), or first (`zipf`, the earlier text). */
export type TopicalRank = 'from-100' | 'first';
/** Words of a list written over several lines. */
const wordList = (text: string): string[] => text.split(/\s+/).filter(Boolean);

const topicalFrom = 100;

const topical: Record<Script, string[]> = {
  Latn: wordList(`
    investment policy district park company support rent tax fund talent office innovation
    service platform trade partner chamber market industry research application finance energy
    vehicle technology
  `),
  Indo: wordList(`
    investasi kebijakan distrik kawasan perusahaan dukungan sewa pajak dana talenta kantor
    inovasi layanan platform perdagangan mitra kamar pasar industri riset
  `),
  Hans: '投资 政策 园区 企业 支持 租金 税收 资金 人才 办公 创新 服务 平台 出口 合作 商会 市场 产业 研究 申请 金融 能源 汽车 科技'.split(
    ' ',
  ),
  Hant: [],
  Thai: wordList(`
    การลงทุน นโยบาย เขต สวนอุตสาหกรรม บริษัท การสนับสนุน ค่าเช่า ภาษี กองทุน บุคลากร สำนักงาน
    นวัตกรรม บริการ แพลตฟอร์ม การส่งออก หอการค้า
  `),
};
/** A small seeded generator (mulberry32): the same words and texts on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

/** Pronounceable made-up words: syllables of the script's letters. */
const syllable: Record<'Latn' | 'Indo' | 'Hans' | 'Thai', (next: () => number) => string> = {
  Latn: (next) =>
    pick(next, [...'bcdfghklmnprstvw', 'ch', 'st', 'tr']) + pick(next, [...'aeiou', 'ea', 'io']) + pick(next, ['', '', 'n', 'r', 's', 't']),
  Indo: (next) => pick(next, [...'bcdghjklmnprstw', 'ng', 'ny']) + pick(next, [...'aaeiou']) + pick(next, ['', '', 'n', 'ng', 'k', 'r']),
  // The first 2,500 code points of the CJK block are mostly common characters.
  Hans: (next) => String.fromCodePoint(0x4e00 + Math.floor(next() * 2500)),
  Thai: (next) => {
    const consonant = String.fromCodePoint(0x0e01 + Math.floor(next() * 46));
    const final = pick(next, ['', '', 'น', 'ง', 'ม', 'ก', 'ด']);
    return (
      pick(next, [
        `${consonant}า`,
        `${consonant}ิ`,
        `${consonant}ี`,
        `${consonant}ุ`,
        `เ${consonant}`,
        `แ${consonant}`,
        `โ${consonant}`,
        `${consonant}ั`,
      ]) + final
    );
  },
};

let toTraditional: ((text: string) => string) | undefined;

/** Distinct words of a script, most frequent first: generated words, with the topical ones at `rank`. */
function zipfWords(script: Script, count: number, rank: TopicalRank): string[] {
  if (script === 'Hant') {
    toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
    return [...new Set(zipfWords('Hans', count, rank).map((word) => toTraditional!(word)))];
  }
  const next = random(script.length * 7919 + script.charCodeAt(0));
  const topics = new Set(topical[script]);
  const generated = new Set<string>();
  const make = syllable[script];
  while (generated.size < count - topics.size) {
    const syllables = 1 + Math.floor(next() * next() * 4);
    const word = Array.from({ length: syllables }, () => make(next)).join('');
    if (!topics.has(word)) generated.add(word);
  }
  const others = [...generated];
  const at = rank === 'first' ? 0 : topicalFrom;
  return [...others.slice(0, at), ...topics, ...others.slice(at)];
}

interface Vocabulary {
  words: string[];
  /** Cumulative weights, for drawing a word with frequency ∝ 1/rank. */
  cumulative: number[];
}

const built = new Map<string, Vocabulary>();

function vocabulary(script: Script, rank: TopicalRank): Vocabulary {
  const key = `${script} ${rank}`;
  const cached = built.get(key);
  if (cached) return cached;
  const words = zipfWords(script, 4000, rank);
  let sum = 0;
  const cumulative = words.map((_, rank) => (sum += 1 / (rank + 1)));
  const result = { words, cumulative };
  built.set(key, result);
  return result;
}

/** `count` words of `script` drawn from the vocabulary, deterministically from `seed`. */
export function zipfText(script: Script, seed: number, count: number, rank: TopicalRank = 'from-100'): string[] {
  const { words: list, cumulative } = vocabulary(script, rank);
  const total = cumulative.at(-1)!;
  const next = random(seed * 2654435761);
  return Array.from({ length: count }, () => {
    const target = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return list[low]!;
  });
}
