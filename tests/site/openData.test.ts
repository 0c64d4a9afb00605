/**
 * The open data in the built site (/data/): the descriptor valid against the official Data Package
 * v2 profile, every file it lists present and valid against its table schema (CSV read as RFC 4180
 * with csv-parse), the JSON and CSV of a table holding the same rows, and every figure a built
 * page shows (its `<Fact>` markup) in the figures of that page's locale, and back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { assertBuilt, builtPages, distDir, fileFor } from '../helpers/dist';
import { load } from 'cheerio';
import {
  checkCsv,
  checkJson,
  foreignKeyErrors,
  profileErrors,
  type CastRow,
  type ResourceDescriptor,
  type TableCheck,
} from '../helpers/dataPackage';

beforeAll(() => assertBuilt());

const dataDir = join(distDir, 'data');
const read = (path: string) => readFileSync(join(dataDir, path), 'utf8');
const descriptor = () => JSON.parse(read('datapackage.json')) as { resources: ResourceDescriptor[]; licenses: Array<{ name: string }> };

/** Every resource of the package, read and checked against its schema. */
const checked = new Map<string, { resource: ResourceDescriptor; text: string; check: TableCheck }>();
function checkAll() {
  if (checked.size) return checked;
  for (const resource of descriptor().resources) {
    const text = read(resource.path);
    checked.set(resource.name, {
      resource,
      text,
      check: resource.format === 'csv' ? checkCsv(text, resource.schema) : checkJson(text, resource.schema),
    });
  }
  return checked;
}

/** The built pages of a locale (walked once: dist/ holds thousands of images). */
let pages: string[] | undefined;
const pagesOf = (locale: string) => (pages ??= builtPages()).filter((path) => path.startsWith(`/${locale}/`));

/** A figure as a page shows it: its anchor on the page's canonical URL, and its text without the footnote marks. */
function shownFigures(path: string): Array<{ url: string; text: string }> {
  const html = readFileSync(fileFor(path)!, 'utf8');
  // Parsed only where the markup of a figure is (a few pages of each locale).
  if (!html.includes('class="fact"')) return [];
  const $ = load(html);
  const canonical = $('link[rel="canonical"]').attr('href') ?? path;
  return $('span.fact[id^="fact-"]')
    .toArray()
    .map((span) => {
      const copy = $(span).clone();
      // The citation mark, and the "as of" label an old figure carries (the data's as_of column says it).
      copy.find('sup, .fact-as-of').remove();
      return { url: `${canonical}#${$(span).attr('id') ?? ''}`, text: copy.text().trim() };
    });
}

describe('the open data', { timeout: 60_000 }, () => {
  it('has a descriptor valid against the Data Package v2 profile, with an open licence', () => {
    expect(profileErrors(descriptor())).toEqual([]);
    expect(descriptor().licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
  });

  it('lists every table of every locale, as CSV and JSON, and has no file it does not list', () => {
    const listed = descriptor().resources.map((r) => r.path);
    for (const locale of localeCodes) expect(listed.filter((p) => p.startsWith(`${locale}/`)).length).toBeGreaterThan(0);
    const formats = new Set(descriptor().resources.map((r) => r.format));
    expect([...formats].sort()).toEqual(['csv', 'json']);
    const files = localeCodes.flatMap((locale) => readdirSync(join(dataDir, locale)).map((name) => `${locale}/${name}`));
    expect(files.sort()).toEqual([...listed].sort());
  });

  it('has every file valid against its table schema, foreign keys resolved', () => {
    const all = checkAll();
    const rowsByName = new Map([...all].map(([name, { check }]) => [name, check.rows]));
    const problems = [...all.values()].flatMap(({ resource, check }) => [
      ...check.errors.map((e) => `${resource.path}: ${e}`),
      ...foreignKeyErrors(resource, check.rows, rowsByName),
    ]);
    expect(problems).toEqual([]);
    for (const { resource, check } of all.values()) expect(check.rows.length, resource.path).toBeGreaterThan(0);
  });

  it('writes CSV as UTF-8 with a byte-order mark and CRLF line ends', () => {
    for (const { resource, text } of checkAll().values()) {
      if (resource.format !== 'csv') continue;
      expect(text.startsWith('\uFEFF'), resource.path).toBe(true);
      expect(
        text
          .replace(/"[^"]*"/g, '')
          .split('\r\n')
          .slice(0, -1)
          .every((line) => !line.includes('\n')),
        resource.path,
      ).toBe(true);
      expect(text.endsWith('\r\n'), resource.path).toBe(true);
    }
  });

  it('has the same rows in the JSON and the CSV of every table', () => {
    const all = checkAll();
    for (const [name, { resource, check }] of all) {
      if (resource.format !== 'csv') continue;
      const twin = all.get(`${name}-json`);
      expect(twin, `${name} has a JSON twin`).toBeDefined();
      expect(twin!.check.rows, resource.path).toEqual(check.rows);
    }
  });

  it.each(localeCodes)(
    '%s: every figure a built page shows is in the figures, with its text, and every figure there is shown',
    (locale) => {
      const rows = checkAll().get(`figures-${locale}`)!.check.rows as CastRow[];
      const inData = new Set(rows.map((row) => JSON.stringify([row.url, row.text])));
      const shown = pagesOf(locale).flatMap(shownFigures);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.filter((f) => !inData.has(JSON.stringify([f.url, f.text])))).toEqual([]);
      const onPages = new Set(shown.map((f) => JSON.stringify([f.url, f.text])));
      expect(rows.filter((row) => !onPages.has(JSON.stringify([row.url, row.text])))).toEqual([]);
    },
  );

  it.each(localeCodes)('%s: the data page links its locale’s files and the descriptor, and the footer links the data page', (locale) => {
    const $ = load(readFileSync(fileFor(`/${locale}/data/`)!, 'utf8'));
    const links = $('main a[href]')
      .toArray()
      .map((a) => $(a).attr('href'));
    const own = descriptor()
      .resources.filter((r) => r.path.startsWith(`${locale}/`))
      .map((r) => `/data/${r.path}`);
    expect(links).toEqual(expect.arrayContaining([...own, '/data/datapackage.json']));
    expect(load(readFileSync(fileFor(`/${locale}/`)!, 'utf8'))(`footer a[href="/${locale}/data/"]`).length).toBe(1);
  });
});
