/**
 * "Current, and honest about it" on the real build: every entry page says when its text last
 * changed (its file's `updated`), `/<locale>/updates/` and its feed list every change note of
 * the locale's entries newest first, and a figure whose sources are all older than two years says
 * "as of" where it stands (judged here from the page's own source list).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { assertBuilt, distDir, page } from '../helpers/dist';
import { loadEntries } from '../helpers/realContent';
import { collectionNames } from '../../src/lib/content/schemas';
import { collectionMetadata } from '../../src/lib/collections/metadata';
import { defaultLocale, localeCodes } from '../../src/i18n/locales';
import { buildDay, needsAsOf } from '../../src/lib/markdown/factAsOf';

beforeAll(() => assertBuilt());

const entries = loadEntries();
const iso = (date: Date) => date.toISOString().slice(0, 10);
const fileOf = (collection: string, locale: string, slug: string) =>
  entries[collection as keyof typeof entries].find((e) => e.id === `${locale}/${slug}`);

/** Every entry page of every locale, with the file it shows (English on a fallback page). */
const entryPages = localeCodes.flatMap((locale) =>
  collectionNames.flatMap((collection) =>
    entries[collection]
      .filter((e) => e.id.startsWith(`${defaultLocale}/`))
      .map((e) => {
        const slug = e.id.slice(defaultLocale.length + 1);
        return { locale, collection, slug, path: `/${locale}${collectionMetadata(collection).route(slug)}` };
      }),
  ),
);

describe('every entry page says when it last changed', () => {
  it.each(entryPages.map((p) => [p.path, p] as const))('%s', (_, { locale, collection, slug, path }) => {
    const $ = page(path);
    const fallback = $('[data-fallback-notice]').length > 0;
    const shown = fileOf(collection, fallback ? defaultLocale : locale, slug)!;
    const time = $('[data-updated] time');
    expect(time.length).toBe(1);
    expect(time.attr('datetime')).toBe(iso(shown.data.updated));
    expect($('[data-updated]').text()).toContain(time.text());
  });
});

/** The change notes a locale lists: its own files', not English standing in for a missing translation. */
function notesOf(locale: string) {
  return entryPages
    .filter((p) => p.locale === locale && page(p.path)('[data-fallback-notice]').length === 0)
    .flatMap((p) => fileOf(p.collection, locale, p.slug)!.data.changes.map((c) => ({ day: iso(c.date), note: c.note, href: p.path })));
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });

describe.each(localeCodes)('/%s/updates/ and its feed', (locale) => {
  const expected = () => notesOf(locale);

  it('lists every change note, newest day first, each linking its entry, each day with its anchor', () => {
    const $ = page(`/${locale}/updates/`);
    const listed = $('[data-change]')
      .toArray()
      .map((li) => ({
        day: $(li).closest('[data-day]').attr('data-day')!,
        note: $(li).text().replace(/\s+/g, ' '),
        href: $(li).find('a').attr('href'),
      }));
    const want = expected();
    expect(listed).toHaveLength(want.length);
    for (const note of want) expect(listed).toContainEqual(expect.objectContaining({ day: note.day, href: note.href }));
    for (const note of want) expect(listed.some((l) => l.note.includes(note.note))).toBe(true);
    const days = listed.map((l) => l.day);
    expect(days).toEqual([...days].sort().reverse());
    for (const day of new Set(days)) expect($(`[id="${day}"] a[href="#${day}"]`).length).toBe(1);
    // Empty reads as a sentence, not as a blank page.
    expect($('[data-updates-empty]').length).toBe(want.length === 0 ? 1 : 0);
    expect($(`a[href="/${locale}/updates.xml"]`).length).toBe(1);
  });

  it('has a valid RSS feed of the same notes, newest first, with unique ids', () => {
    const xml = readFileSync(join(distDir, locale, 'updates.xml'), 'utf8');
    const feed = parser.parse(xml) as { rss: { channel: { title: string; link: string; item?: Array<Record<string, unknown>> } } };
    const { channel } = feed.rss;
    expect(channel.title).toBeTruthy();
    expect(channel.link).toMatch(new RegExp(`/${locale}/updates/$`));
    const items = channel.item ?? [];
    const want = expected();
    expect(items).toHaveLength(want.length);
    const dates = items.map((item) => Date.parse(String(item.pubDate)));
    expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const note of want) expect(items.some((i) => i.description === note.note && String(i.link).endsWith(note.href))).toBe(true);
    const guids = items.map((i) => JSON.stringify(i.guid));
    expect(new Set(guids).size).toBe(guids.length);
  });

  it('is in the footer of every page and in the sitemap', () => {
    expect(page(`/${locale}/`)(`footer a[href="/${locale}/updates/"]`).length).toBe(1);
    expect(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8')).toContain(`/${locale}/updates/</loc>`);
  });
});

describe('a figure older than two years at build time says "as of" where it stands', () => {
  const today = buildDay();
  it.each(entryPages.map((p) => [p.path] as const))('%s', (path) => {
    const $ = page(path);
    const sourceDate = (n: string) => $(`#source-${n} time`).attr('datetime');
    $('article .prose .fact').each((_, fact) => {
      const cited = $(fact)
        .find('a.fact-ref')
        .toArray()
        .map((a) => sourceDate($(a).attr('href')!.replace('#source-', '')));
      const old = cited.length > 0 && cited.every((d) => d !== undefined && needsAsOf(new Date(d), today));
      expect($(fact).find('.fact-as-of').length, `${path} ${$(fact).text()}`).toBe(old ? 1 : 0);
    });
  });
});
