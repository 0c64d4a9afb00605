/**
 * Pages stay the same size however large the content grows: on the real content plus synthetic
 * entries enough to crowd a district (the benchmark's, scripts/bench/syntheticContent.ts), each
 * district's tile shows at most `maxSitesPerTile` key sites and one linked line for the rest, a
 * site's own page always shows its marker, and a district's page lists at most `relatedListSize`
 * entries in each list, then links to all of them.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../scripts/bench/syntheticContent';
import { contentIndex } from '../../src/lib/content/contentIndex';
import { relatedListSize } from '../../src/lib/routing/listSizes';
import { districtMapInput } from '../../src/lib/maps/mapData';
import { drawDistrictMap, maxSitesPerTile } from '../../src/lib/maps/districtMap';
import { viewContext } from '../../src/lib/routing/routeData';
import { readRegister } from '../../src/lib/content/sourceRegister';
import { splitEntryId } from '../../src/lib/content/entryId';
import type { Entries, Link } from '../../src/lib/routing/routeTypes';
import { entryPages, loadEntries, renderEntries } from '../helpers/realContent';

const project = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'gis-bounded-'));
cpSync(join(project, 'src', 'content'), dir, { recursive: true });
writeSyntheticContent(dir, 200);
const entries = loadEntries(dir);
const content = contentIndex<Entries>(entries, { sources: readRegister(project).records });
// The pages below are English: only English bodies are rendered (all five locales took 7 s).
const english = Object.fromEntries(
  Object.entries(entries).map(([name, list]) => [name, list.filter((entry) => splitEntryId(entry.id).locale === 'en')]),
) as typeof entries;
const entryRouteData = entryPages(await renderEntries(english));
const ctx = viewContext('en', content, 'https://example.org/');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sitesIn = (district: string) => content.list('sites', 'en').filter((s) => s.entry.data.district === district);
const crowded = ['xuhui', 'changning', 'songjiang'].filter((d) => sitesIn(d).length > maxSitesPerTile);

describe('the district map at any size', () => {
  it('shows at most its limit of key sites on a tile, and one line, linked to the search, for the rest', () => {
    expect(crowded.length).toBeGreaterThan(0);
    const map = districtMapInput(ctx);
    for (const district of crowded) {
      const shown = map.sites.filter((s) => s.district === district);
      expect(shown).toHaveLength(maxSitesPerTile);
      const line = map.more?.find((m) => m.district === district);
      expect(line?.label).toContain(String(sitesIn(district).length - maxSitesPerTile));
      expect(line?.href).toBe(`/en/search/?type=site&district=${district}`);
    }
    // The same few kilobytes as the real site's map, not one row per site.
    expect(gzipSync(drawDistrictMap(map)).length).toBeLessThan(6 * 1024);
  });

  it('always shows the marker of the site whose page it is', () => {
    const district = crowded[0]!;
    const last = sitesIn(district).at(-1)!;
    const map = districtMapInput(ctx, district, last.slug);
    expect(map.sites.map((s) => s.slug)).toContain(last.slug);
    expect(map.sites.filter((s) => s.district === district)).toHaveLength(maxSitesPerTile);
  });

  it('refuses to draw more sites on a tile than fit', () => {
    const site = (i: number) => ({ slug: `s${i}`, district: 'xuhui', label: `Site ${i}`, href: `/en/sites/s${i}/` });
    const input = { ...districtMapInput(ctx), sites: Array.from({ length: maxSitesPerTile + 1 }, (_, i) => site(i)), more: [] };
    expect(() => drawDistrictMap(input)).toThrow(/more than \d+ key sites on the tile of "xuhui"/);
  });
});

describe('a district page at any size', () => {
  const page = entryRouteData(ctx, 'districts', crowded[0]!);

  it(`lists at most ${relatedListSize} entries in each related list, then links to all of them`, () => {
    const incentives = page.related[0]!;
    expect(incentives.items).toHaveLength(relatedListSize);
    expect(incentives.more?.href).toBe(`/en/search/?type=incentive&district=${crowded[0]}`);
    expect(incentives.more?.label).toMatch(/^See all \d+ in search$/);
    for (const group of page.related) expect(group.items.length).toBeLessThanOrEqual(relatedListSize);
  });

  it('ends each long list at a glance with the same link', () => {
    const glance = page.blocks.find((b) => b.kind === 'glance');
    const sites = glance?.kind === 'glance' ? glance.facts.find((f) => f.term === ctx.t('district.sites')) : undefined;
    expect(sites?.values).toHaveLength(relatedListSize + 1);
    expect((sites?.values.at(-1) as Link).href).toBe(`/en/search/?type=site&district=${crowded[0]}`);
  });
});
