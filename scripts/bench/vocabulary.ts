/**
 * A Zipf-like vocabulary for the benchmark's synthetic text: per script, the site's topical
 * words followed by generated words (4,000 distinct in all), drawn with frequency ∝ 1/rank as in
 * real prose (Zipf's law). A search index then has many distinct words and long and short posting
 * lists, and the typical queries ("rent", "租金", "ค่าเช่า", "sewa") are common words with many hits,
 * as on the real site. Deterministic (fixed seeds), so runs are comparable. The old 26-word
 * generator stays in syntheticContent.ts (`--vocabulary=small`).
 */
import * as OpenCC from 'opencc-js';

export type Script = 'Latn' | 'Indo' | 'Hans' | 'Hant' | 'Thai';

const topical: Record<Script, string[]> = {
  Latn: 'investment policy district park company support rent tax fund talent office innovation service platform trade partner chamber market industry research application finance energy vehicle technology'.split(
    ' ',
  ),
  Indo: 'investasi kebijakan distrik kawasan perusahaan dukungan sewa pajak dana talenta kantor inovasi layanan platform perdagangan mitra kamar pasar industri riset'.split(
    ' ',
  ),
  Hans: '投资 政策 园区 企业 支持 租金 税收 资金 人才 办公 创新 服务 平台 出口 合作 商会 市场 产业 研究 申请 金融 能源 汽车 科技'.split(
    ' ',
  ),
  Hant: [],
  Thai: 'การลงทุน นโยบาย เขต สวนอุตสาหกรรม บริษัท การสนับสนุน ค่าเช่า ภาษี กองทุน บุคลากร สำนักงาน นวัตกรรม บริการ แพลตฟอร์ม การส่งออก หอการค้า'.split(' '),
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

/** Distinct words of a script, most frequent first: the topical words, then generated ones. */
function zipfWords(script: Script, count: number): string[] {
  if (script === 'Hant') {
    toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
    return [...new Set(zipfWords('Hans', count).map((word) => toTraditional!(word)))];
  }
  const next = random(script.length * 7919 + script.charCodeAt(0));
  const words = new Set(topical[script]);
  const make = syllable[script];
  while (words.size < count) {
    const syllables = 1 + Math.floor(next() * next() * 4);
    words.add(Array.from({ length: syllables }, () => make(next)).join(''));
  }
  return [...words];
}

interface Vocabulary {
  words: string[];
  /** Cumulative weights, for drawing a word with frequency ∝ 1/rank. */
  cumulative: number[];
}

const built = new Map<string, Vocabulary>();

function vocabulary(script: Script): Vocabulary {
  const cached = built.get(script);
  if (cached) return cached;
  const words = zipfWords(script, 4000);
  let sum = 0;
  const cumulative = words.map((_, rank) => (sum += 1 / (rank + 1)));
  const result = { words, cumulative };
  built.set(script, result);
  return result;
}

/** `count` words of `script` drawn from the vocabulary, deterministically from `seed`. */
export function zipfText(script: Script, seed: number, count: number): string[] {
  const { words: list, cumulative } = vocabulary(script);
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
