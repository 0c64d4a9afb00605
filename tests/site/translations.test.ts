/**
 * Translation status never lies: `npm run i18n:status` and the translations page agree, no
 * locale lacks an entry, and an English change marks translations outdated on the real build.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, page } from '../../scripts/lib/dist';
import { buildWithFixtures, type FixtureBuild } from '../../scripts/lib/fixtureBuild';
import { defaultLocale, localeCodes } from '../../src/i18n/locales';

interface StatusReport {
  locale: string;
  translated: number;
  outdated: number;
  missing: number;
  entries: Array<{ collection: string; slug: string; state: string }>;
}

const projectRoot = join(import.meta.dirname, '..', '..');
function statusOf(root: string): StatusReport[] {
  const run = spawnSync('npx', ['tsx', 'scripts/i18n-status.ts', '--json'], { cwd: root, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as StatusReport[];
}

function pageCounts(locale: string, root?: string) {
  const $ = page(`/${locale}/translations/`, root);
  return $('[data-translation-status] tbody tr')
    .toArray()
    .map((row) => ({
      locale: $(row).attr('data-locale'),
      translated: Number($(row).find('[data-state="translated"]').text()),
      outdated: Number($(row).find('[data-state="outdated"]').text()),
      missing: Number($(row).find('[data-state="missing"]').text()),
    }));
}

describe('the repository', () => {
  beforeAll(() => assertBuilt());

  it('has every English entry in every locale (none missing)', () => {
    for (const report of statusOf(projectRoot))
      expect(report.missing, `${report.locale} lacks entries: ${JSON.stringify(report.entries)}`).toBe(0);
  });

  it.each(localeCodes)('npm run i18n:status and /%s/translations/ agree', (locale) => {
    const script = statusOf(projectRoot).map(({ locale: l, translated, outdated, missing }) => ({
      locale: l,
      translated,
      outdated,
      missing,
    }));
    expect(pageCounts(locale)).toEqual(script);
  });
});

describe('an English entry changed after translation', () => {
  let build: FixtureBuild;
  let changed: string;

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'gis-outdated-'));
    changed = join(dir, 'xuhui.mdx');
    writeFileSync(
      changed,
      `${readFileSync(join(projectRoot, 'src/content/districts/en/xuhui.mdx'), 'utf8')}\nA sentence added to the English text after translation.\n`,
    );
    build = buildWithFixtures({ 'src/content/districts/en/xuhui.mdx': changed });
    expect(build.status, build.output).toBe(0);
  }, 180_000);

  afterAll(() => {
    if (build?.root) rmSync(build.root, { recursive: true, force: true });
  });

  it('is reported outdated by the script and the page alike', () => {
    const reports = statusOf(build.root);
    for (const report of reports) {
      expect(report.outdated).toBe(1);
      expect(report.entries).toEqual([{ collection: 'districts', slug: 'xuhui', state: 'outdated' }]);
    }
    expect(pageCounts('th', build.dist)).toEqual(
      reports.map(({ locale, translated, outdated, missing }) => ({ locale, translated, outdated, missing })),
    );
  });

  it.each(localeCodes.filter((l) => l !== defaultLocale))(
    'renders the newest (English) text on /%s/districts/xuhui/ with a notice',
    (locale) => {
      const $ = page(`/${locale}/districts/xuhui/`, build.dist);
      expect($('[data-fallback-notice="outdated"]')).toHaveLength(1);
      expect($('article').text()).toContain('A sentence added to the English text after translation.');
      expect($('h1').attr('lang')).toBe('en');
      // The stale translation is no alternate, and the page stays out of its locale's search index.
      const alternates = $('link[rel="alternate"][hreflang]')
        .toArray()
        .map((l) => $(l).attr('hreflang'));
      expect(alternates).toEqual(['en', 'x-default']);
      expect($('[data-pagefind-body]')).toHaveLength(0);
    },
  );

  it('keeps other pages as they were', () => {
    const $ = page('/th/districts/songjiang/', build.dist);
    expect($('[data-fallback-notice]')).toHaveLength(0);
    expect($('link[rel="alternate"][hreflang]')).toHaveLength(localeCodes.length + 1);
  });
});
