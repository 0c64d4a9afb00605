/**
 * The site grows by adding content, not by editing code: a copy of the project gets, exactly as
 * README's "How to add a district" and "How to add a collection" say, a new district with a new
 * key site on it, and a new collection with one entry. The real build then shows them on the
 * maps, in the search filters, the feed, the sitemap, the navigation and the newsletter kit.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyEnv, copyProject } from '../../scripts/lib/fixtureBuild';
import { page } from '../../scripts/lib/dist';
import { localeCodes } from '../../src/i18n/locales';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'growth');
let root = '';
let dist = '';

/** Replaces `anchor` in a file of the copy, failing loudly if the README's anchor moved. */
function edit(file: string, anchor: string, replacement: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(anchor)) throw new Error(`${file} no longer contains ${JSON.stringify(anchor)}: update README and this test`);
  writeFileSync(path, text.replace(anchor, replacement));
}

beforeAll(async () => {
  // How to add a district (and a key site on it): content only.
  root = copyProject({
    'src/content/districts/en/pudong.mdx': join(fixtures, 'pudong.mdx'),
    'src/content/sites/en/fixture-park.mdx': join(fixtures, 'fixture-park.mdx'),
    'src/content/notes/en/fixture-note.mdx': join(fixtures, 'fixture-note.mdx'),
  });
  // How to add a collection: a schema, a registry entry, its UI strings (and the content above).
  edit('src/lib/schemas.ts', 'export const collectionSchemas = {\n', 'export const collectionSchemas = {\n  notes: baseSchema,\n');
  edit(
    'src/lib/collections.ts',
    '} satisfies { [C in CollectionName]: CollectionSpec<C> };',
    `  notes: {
    route: (slug) => \`/notes/\${slug}/\`,
    typeLabel: 'types.note' as UIKey,
    searchType: 'note',
    navLabel: 'nav.notes' as UIKey,
    index: { route: '/notes/', title: 'nav.notes' as UIKey, description: 'nav.notes' as UIKey, view: cardsIndex('notes') },
    feed: true,
    view: textOnlyView,
    structuredData: webPageStructuredData,
    editor: { fieldLabels: 'entry', create: true },
  },
} satisfies { [C in CollectionName]: CollectionSpec<C> };`,
  );
  edit(
    'src/lib/collections.ts',
    "import { cardsIndex, webPageStructuredData } from './views/common';",
    "import { cardsIndex, textOnlyView, webPageStructuredData } from './views/common';\nimport type { UIKey } from '../i18n';",
  );
  for (const code of localeCodes) {
    const file = join(root, 'src', 'i18n', 'ui', `${code}.json`);
    const strings = JSON.parse(readFileSync(file, 'utf8')) as { types: Record<string, string>; nav: Record<string, string> };
    strings.types.note = 'Briefing note';
    strings.nav.notes = 'Briefing notes';
    writeFileSync(file, JSON.stringify(strings, null, 2));
  }
  const build = await buildCopy(root, copyEnv(root, { SKIP_SEARCH_INDEX: '1' }));
  expect(build.status, build.output).toBe(0);
  dist = join(root, 'dist');
}, 240_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a new district and key site, added as content only', () => {
  it.each(localeCodes)('appear on the district map of /%s/, linked', (locale) => {
    const links = page(
      `/${locale}/`,
      dist,
    )('svg.gis-map--districts a')
      .toArray()
      .map((a) => a.attribs.href);
    expect(links).toEqual(expect.arrayContaining([`/${locale}/districts/pudong/`, `/${locale}/sites/fixture-park/`]));
  });

  it('get their own pages, the district with its map and site', () => {
    const $ = page('/en/districts/pudong/', dist);
    expect($('h1').text()).toBe('Pudong New Area (fixture)');
    expect($('a[href="/en/sites/fixture-park/"]').length).toBeGreaterThan(0);
    expect($('svg.gis-map--districts')).toHaveLength(1);
  });

  it('are offered as search filters', () => {
    const $ = page('/en/search/', dist);
    expect($('select[name="district"] option[value="pudong"]')).toHaveLength(1);
    expect($('select[name="sector"] option[value="finance"]')).toHaveLength(1);
  });

  it('are in the feed and the sitemap', () => {
    const feed = readFileSync(join(dist, 'en', 'rss.xml'), 'utf8');
    expect(feed).toContain('/en/districts/pudong/');
    expect(feed).toContain('/en/sites/fixture-park/');
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/en/districts/pudong/');
    expect(sitemap).toContain('/th/sites/fixture-park/');
  });
});

describe('a new collection, added with one registry entry', () => {
  it('gets its index and entry pages in every locale', () => {
    for (const locale of localeCodes) {
      expect(page(`/${locale}/notes/fixture-note/`, dist)('h1').text()).toBe('A fixture briefing note');
      expect(page(`/${locale}/notes/`, dist)('a[href$="/notes/fixture-note/"]')).toHaveLength(1);
    }
  });

  it('is in the main navigation, the search type filter, the feed, the sitemap and the newsletter kit', () => {
    expect(page('/en/', dist)('nav a[href="/en/notes/"]').length).toBeGreaterThan(0);
    expect(page('/en/search/', dist)('select[name="type"] option[value="note"]')).toHaveLength(1);
    expect(readFileSync(join(dist, 'en', 'rss.xml'), 'utf8')).toContain('/en/notes/fixture-note/');
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain('/en/notes/fixture-note/');
    expect(page('/en/share/', dist)('textarea').text()).toContain('/en/notes/fixture-note/');
  });
});
