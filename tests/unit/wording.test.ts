/**
 * Rules on wording that the figure check cannot see (issue 32): a link's label follows its
 * source's kind, so only an official site is called official; and no UI string or entry names an
 * office that no channel entry or register record names: pages point to "Where to ask" instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { leafKeys, type StringTree } from '../../src/i18n/uiStrings';
import { useTranslations, type UIKey } from '../../src/i18n';
import { sourceLink, sourceKindLabel } from '../../src/lib/content/sourceLinks';
import { localizeSource, readRegister, statementsOf, type SourceKind } from '../../src/lib/content/sourceRegister';
import { sourceKinds } from '../../src/lib/content/schemas';
import { loadEntries } from '../helpers/realContent';

const root = join(import.meta.dirname, '..', '..');
const register = readRegister(root);
const records = [...register.records.values()];
const ui = (locale: Locale): StringTree =>
  JSON.parse(readFileSync(join(root, 'src', 'i18n', 'ui', `${locale}.json`), 'utf8')) as StringTree;

/** The UI-string key of a kind, spelled from the kind itself: 'official-site' → 'officialSite'. */
const keyOf = (kind: SourceKind) => kind.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** How each locale calls something "official". */
const officialWord: Record<Locale, RegExp> = {
  en: /\bofficial\b/i,
  'zh-hans': /官方/,
  'zh-hant': /官方/,
  th: /ทางการ/,
  id: /\bresmi\b/i,
};

/** Keys that may say "official": the official-site kind, and the official Chinese name of a place (not a link). */
const mayCallOfficial = new Set(['sourceKinds.officialSite', 'sourceLinks.officialSite', 'entry.officialName']);

/** An office no source names: "the <district> investment promotion service" and its translations. */
const unnamedOffice: Record<Locale, RegExp> = {
  en: /investment promotion service/i,
  'zh-hans': /投资促进服务/,
  'zh-hant': /投資促進服務/,
  th: /หน่วยงานส่งเสริมการลงทุน/,
  id: /layanan promosi investasi/i,
};

/** UI strings that break a rule: `key: text` for every leaf whose text matches `word`. */
function stringsSaying(locale: Locale, word: RegExp, allowed: ReadonlySet<string> = new Set()): string[] {
  const t = useTranslations(locale);
  return leafKeys(ui(locale))
    .filter((key) => !allowed.has(key))
    .map((key) => `${key}: ${t(key as UIKey)}`)
    .filter((line) => word.test(line.slice(line.indexOf(': ') + 2)));
}

describe('a link is labelled by its source’s kind', () => {
  it.each(localeCodes)('%s: every register record’s link label and kind label are its own kind’s', (locale) => {
    const t = useTranslations(locale);
    for (const record of records.filter((r) => r.url)) {
      const source = localizeSource(record, locale);
      const host = new URL(record.url!).host;
      expect(sourceLink(source, t).label, record.id).toBe(t(`sourceLinks.${keyOf(record.kind)}` as UIKey, { host }));
      expect(sourceKindLabel(source, t), record.id).toBe(t(`sourceKinds.${keyOf(record.kind)}` as UIKey));
    }
  });

  it.each(localeCodes)('%s: no two kinds share a label, so a copy never reads as an official site', (locale) => {
    const t = useTranslations(locale);
    const labels = sourceKinds.map((kind) => t(`sourceLinks.${keyOf(kind)}` as UIKey, { host: 'example.org' }));
    expect(new Set(labels).size).toBe(sourceKinds.length);
  });

  it('every channel entry links a register record with an address, labelled by that record’s kind', () => {
    const channels = loadEntries().channels;
    expect(channels.length).toBeGreaterThan(0);
    for (const channel of channels) {
      const record = register.records.get(channel.data.link);
      expect(record?.url, `${channel.id} → ${channel.data.link}`).toBeDefined();
      const locale = channel.id.split('/')[0] as Locale;
      const t = useTranslations(locale);
      const label = sourceLink(localizeSource(record!, locale), t).label;
      expect(officialWord[locale].test(label), `${channel.id}: "${label}"`).toBe(record!.kind === 'official-site');
    }
  });

  it.each(localeCodes)('%s: no UI string but the official-site kind calls a link official', (locale) => {
    expect(stringsSaying(locale, officialWord[locale], mayCallOfficial)).toEqual([]);
  });
});

describe('an office is named only where a channel entry or register record names it', () => {
  it.each(localeCodes)('%s: no UI string names a district "investment promotion service"', (locale) => {
    expect(stringsSaying(locale, unnamedOffice[locale])).toEqual([]);
  });

  it('no entry names one unless a register record states it', () => {
    const stated = records.flatMap((r) => statementsOf(r).map((s) => s.text));
    const entries = Object.values(loadEntries()).flat();
    expect(entries.length).toBeGreaterThan(0);
    const offending = entries
      .filter((entry) => {
        const locale = entry.id.split('/')[0] as Locale;
        const text = `${JSON.stringify(entry.data)}\n${entry.body ?? ''}`;
        return unnamedOffice[locale].test(text) && !stated.some((s) => unnamedOffice.en.test(s));
      })
      .map((entry) => `${entry.collection}/${entry.id}`);
    expect(offending).toEqual([]);
  });

  it('finds the phrase it forbids, in every locale', () => {
    const samples: Record<Locale, string> = {
      en: 'Ask the Xuhui District investment promotion service.',
      'zh-hans': '请向该区投资促进服务机构咨询。',
      'zh-hant': '請向該區投資促進服務機構查詢。',
      th: 'โปรดสอบถามหน่วยงานส่งเสริมการลงทุนของเขต',
      id: 'Tanyakan kepada layanan promosi investasi distrik.',
    };
    for (const locale of localeCodes) expect(unnamedOffice[locale].test(samples[locale]), locale).toBe(true);
  });
});
