/**
 * Synthetic content for the benchmark: realistic lengths, every locale, valid cross-references
 * (sites in the real districts, stories naming synthetic incentives), translations stamped as
 * current. Written into a copy of the project, never into src/content. Text comes from a Zipf-like
 * vocabulary (vocabulary.ts) or, for comparison with earlier figures, the old 26-word lists.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../../src/lib/content/contentHash';
import { defaultLocale, localeCodes, type Locale } from '../../src/i18n/locales';
import { zipfText, type Script } from './vocabulary';

/**
 * `zipf-rank100`: thousands of distinct words, frequency ∝ 1/rank, the site's topical words from
 * rank 100 (the default); `zipf`: the same with the topical words first (the default until
 * 2026-12, kept under its name so earlier results stay labelled right; see vocabulary.ts);
 * `small`: the old 26 words.
 */
export type VocabularyKind = 'zipf-rank100' | 'zipf' | 'small';
export const vocabularyKinds: readonly VocabularyKind[] = ['zipf-rank100', 'zipf', 'small'];

/** How results name the text they were measured on, after the size ("" for the oldest rows). */
export const vocabularyLabel: Record<VocabularyKind, string> = {
  small: '',
  zipf: ', Zipf',
  'zipf-rank100': ', Zipf, topical words from rank 100',
};

/** The text column of the tables. */
export const vocabularyName: Record<VocabularyKind, string> = {
  small: '26 words',
  zipf: 'Zipf, topical words first',
  'zipf-rank100': 'Zipf, topical words from rank 100',
};
let kind: VocabularyKind = 'zipf-rank100';

/** Words of a list written over several lines. */
const wordList = (text: string): string[] => text.split(/\s+/).filter(Boolean);

const vocabulary: Record<string, string[]> = {
  Latn: wordList(`
    investment policy district park company support rent tax fund talent office innovation
    service platform trade partner chamber market industry research application finance energy
    vehicle technology
  `),
  Hans: '投资政策园区企业支持租金税收资金人才办公创新服务平台出口合作商会市场产业研究申请金融能源汽车科技'.split(''),
  Hant: '投資政策園區企業支援租金稅收資金人才辦公創新服務平台出口合作商會市場產業研究申請金融能源汽車科技'.split(''),
  Thai: wordList(`
    การลงทุน นโยบาย เขต สวนอุตสาหกรรม บริษัท การสนับสนุน ค่าเช่า ภาษี กองทุน บุคลากร สำนักงาน
    นวัตกรรม บริการ แพลตฟอร์ม การส่งออก หอการค้า
  `),
};
const scripts: Record<Locale, Script> = { en: 'Latn', 'zh-hans': 'Hans', 'zh-hant': 'Hant', th: 'Thai', id: 'Indo' };

/** Deterministic pseudo-random words, so runs are comparable. */
function words(seed: number, count: number, script: Script): string {
  const joiner = script === 'Hans' || script === 'Hant' || script === 'Thai' ? '' : ' ';
  if (kind !== 'small') return zipfText(script, seed, count, kind === 'zipf-rank100' ? 'from-100' : 'first').join(joiner);
  // The old generator, unchanged (Indonesian text was English words then).
  const list = vocabulary[script === 'Indo' ? 'Latn' : script]!;
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return list[x % list.length];
  }).join(joiner);
}

function body(seed: number, script: Script): string {
  const cjk = script === 'Hans' || script === 'Hant';
  return Array.from({ length: 4 }, (_, i) => `## ${words(seed + i, 3, script)}\n\n${words(seed * 7 + i, cjk ? 120 : 60, script)}.`).join(
    '\n\n',
  );
}

type Kind = 'incentives' | 'stories' | 'sites';
const districts = ['xuhui', 'changning', 'songjiang'];
const categories = ['space', 'rent', 'tax', 'funding', 'talent', 'services'];

function frontmatter(kind: Kind, i: number, locale: Locale, incentiveCount: number): string {
  const script = scripts[locale];
  const common = [
    `title: 'Bench ${kind} ${i} ${words(i, 3, script)}'`,
    `summary: '${words(i + 1, 12, script).slice(0, 150)}'`,
    `keywords: ['${words(i + 2, 1, script)}', '${words(i + 3, 1, script)}']`,
    // Sources are ids of the register (src/content/sources.yaml); synthetic text cites the event report.
    'sources: [event-report]',
    'lastChecked: 2026-11-25',
    'updated: 2026-11-25',
  ];
  if (kind === 'incentives')
    return [
      ...common,
      `category: ${categories[i % categories.length]}`,
      `districts: [${districts[i % 3]}]`,
      "audience: ['Companies']",
      "howToAsk: 'Ask the district investment promotion service.'",
    ].join('\n');
  if (kind === 'sites') return [...common, `district: ${districts[i % 3]}`, 'kind: park', 'sectors: [ai]'].join('\n');
  const incentive = `bench-incentives-${i % Math.max(incentiveCount, 1)}`;
  return [
    ...common,
    `person: 'Person ${i}'`,
    "roles: ['Chamber member']",
    "chamber: 'Bench Chamber'",
    'country: KE',
    `incentives: [${incentiveCount ? incentive : ''}]`,
  ].join('\n');
}

/** Writes `entriesPerLocale` entries per locale; returns how many pages they add. */
export function writeSyntheticContent(
  contentDir: string,
  entriesPerLocale: number,
  vocabularyKind: VocabularyKind = 'zipf-rank100',
): number {
  kind = vocabularyKind;
  const counts: Record<Kind, number> = {
    incentives: Math.round(entriesPerLocale * 0.5),
    stories: Math.round(entriesPerLocale * 0.3),
    sites: 0,
  };
  counts.sites = entriesPerLocale - counts.incentives - counts.stories;
  for (const kind of Object.keys(counts) as Kind[]) {
    for (let i = 0; i < counts[kind]; i += 1) {
      const slug = `bench-${kind}-${i}`;
      const english = `---\n${frontmatter(kind, i, defaultLocale, counts.incentives)}\n---\n\n${body(i, scripts[defaultLocale])}\n`;
      const hash = contentHash(english);
      for (const locale of localeCodes) {
        const dir = join(contentDir, kind, locale);
        mkdirSync(dir, { recursive: true });
        const text =
          locale === defaultLocale
            ? english
            : `---\n${frontmatter(kind, i, locale, counts.incentives)}\ntranslatedFrom: en\nsourceHash: '${hash}'\n---\n\n${body(i, scripts[locale])}\n`;
        writeFileSync(join(dir, `${slug}.mdx`), text);
      }
    }
  }
  return entriesPerLocale * localeCodes.length;
}

/**
 * The benchmark's one changed entry: a Thai story's title (the real `ding-yi` story), so a
 * rebuild has exactly one page whose text and preview image change.
 */
export function changeOneThaiTitle(contentDir: string): void {
  const changed = join(contentDir, 'stories', 'th', 'ding-yi.mdx');
  const before = readFileSync(changed, 'utf8');
  const after = before.replace(/^title: (['"]?)(.*)\1$/m, "title: '$2 (แก้ไข)'");
  if (after === before) throw new Error(`${changed}: no title line to change`);
  writeFileSync(changed, after);
}
