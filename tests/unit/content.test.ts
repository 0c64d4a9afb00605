import { describe, expect, it } from 'vitest';
import { contentIndex, type EntryMap, type IsCurrent } from '../../src/lib/content/contentIndex';
import type { CollectionName } from '../../src/lib/content/schemas';

type Fake = { id: string; data: { title: string; order?: number; district?: string; sourceHash?: string } };
const entry = (id: string, data: Fake['data']): Fake => ({ id, data });
const none: Record<CollectionName, Fake[]> = {
  event: [],
  districts: [],
  sites: [],
  incentives: [],
  serviceBases: [],
  platforms: [],
  stories: [],
  channels: [],
};

function index(extra: Partial<Record<CollectionName, Fake[]>>, isCurrent?: IsCurrent) {
  return contentIndex<EntryMap & { [C in CollectionName]: Fake }>({ ...none, ...extra }, { isCurrent });
}

const districts = [
  entry('en/songjiang', { title: 'Songjiang', order: 3 }),
  entry('en/xuhui', { title: 'Xuhui', order: 1 }),
  entry('en/changning', { title: 'Changning', order: 2 }),
  entry('zh-hans/xuhui', { title: '徐汇区', order: 1, sourceHash: 'current' }),
  entry('zh-hans/changning', { title: '长宁区', order: 2, sourceHash: 'stale' }),
];
const sites = [
  entry('en/caohejing', { title: 'Caohejing', district: 'xuhui' }),
  entry('en/beiyang', { title: 'Beiyang', district: 'xuhui' }),
  entry('en/g60', { title: 'G60', district: 'songjiang' }),
];
const current: IsCurrent = (t) => (t.data as Fake['data']).sourceHash === 'current';

describe('contentIndex', () => {
  it('lists a collection by order, then slug', () => {
    const content = index({ districts, sites });
    expect(content.list('districts', 'en').map((i) => i.slug)).toEqual(['xuhui', 'changning', 'songjiang']);
    expect(content.list('sites', 'en').map((i) => i.slug)).toEqual(['beiyang', 'caohejing', 'g60']);
  });

  it('gives the current translation, and English marked as a fallback for a missing or outdated one', () => {
    const content = index({ districts }, current);
    const [xuhui, changning, songjiang] = content.list('districts', 'zh-hans');
    expect(xuhui).toMatchObject({ slug: 'xuhui', isFallback: false, entry: { data: { title: '徐汇区' } } });
    expect(changning).toMatchObject({
      slug: 'changning',
      isFallback: true,
      fallbackReason: 'outdated',
      entry: { data: { title: 'Changning' } },
    });
    expect(songjiang).toMatchObject({ slug: 'songjiang', isFallback: true, fallbackReason: 'missing' });
  });

  it('looks entries up by slug, keeping the order asked for and leaving out unknown slugs', () => {
    const content = index({ districts });
    expect(content.get('districts', 'xuhui', 'en')?.entry.data.title).toBe('Xuhui');
    expect(content.get('districts', 'pudong', 'en')).toBeUndefined();
    expect(content.many('districts', ['songjiang', 'pudong', 'xuhui'], 'en').map((i) => i.slug)).toEqual(['songjiang', 'xuhui']);
  });

  it('finds the entries whose field names a slug', () => {
    const content = index({ districts, sites });
    expect(content.referencing('sites', 'district', 'xuhui', 'en').map((i) => i.slug)).toEqual(['beiyang', 'caohejing']);
    expect(content.referencing('sites', 'district', 'changning', 'en')).toEqual([]);
  });

  it('lists as alternates only the locales with a current version, in the locale table’s order', () => {
    const content = index({ districts }, current);
    expect(content.alternates('districts', 'xuhui')).toEqual(['en', 'zh-hans']);
    expect(content.alternates('districts', 'changning')).toEqual(['en']);
    expect(content.alternates('districts', 'pudong')).toEqual([]);
  });

  it('computes each list once, however often a build asks', () => {
    const content = index({ districts });
    expect(content.list('districts', 'th')).toBe(content.list('districts', 'th'));
  });

  describe('in a locale shard (only some locales loaded)', () => {
    // A Thai shard loads Thai and English; the catalogue lists every file, zh-hans included.
    const catalogue = { ...none, districts: [...districts, entry('th/xuhui', { title: 'ซีว์ฮุ่ย', sourceHash: 'current' })] };
    const loaded = { ...none, districts: [...districts.filter((d) => d.id.startsWith('en/')), catalogue.districts[5]!] };
    const shard = contentIndex<EntryMap & { [C in CollectionName]: Fake }>(loaded, { isCurrent: current, catalogue, loaded: ['th'] });

    it('still gives hreflang alternates in every locale, from the catalogue', () => {
      expect(shard.alternates('districts', 'xuhui')).toEqual(['en', 'zh-hans', 'th']);
      expect(shard.alternates('districts', 'changning')).toEqual(['en']);
    });

    it('lists every file of the catalogue, loaded or not', () => {
      expect(shard.files('districts').map((e) => e.id)).toContain('zh-hans/xuhui');
    });

    it('serves the loaded locales and English', () => {
      expect(shard.get('districts', 'xuhui', 'th')?.entry.data.title).toBe('ซีว์ฮุ่ย');
      expect(shard.get('districts', 'xuhui', 'en')?.entry.data.title).toBe('Xuhui');
    });

    it('refuses a locale it has not loaded, rather than passing English off as its content', () => {
      expect(() => shard.list('districts', 'zh-hans')).toThrow(/locale "zh-hans" is not loaded/);
    });
  });
});
