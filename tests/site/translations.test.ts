/**
 * Translation status never lies: `npm run i18n:status` and the translations page agree, no
 * locale lacks an entry, and an English change marks translations outdated on the real build.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, page } from '../helpers/dist';
import { addedAfterTranslation, fixtureSite, fixtureSiteTimeout, type FixtureSite } from '../helpers/fixtureSite';
import { defaultLocale, localeCodes } from '../../src/i18n/locales';

interface StatusReport {
  locale: string;
  translated: number;
  outdated: number;
  missing: number;
  entries: Array<{ collection: string; slug: string; state: string }>;
}

const projectRoot = join(import.meta.dirname, '..', '..');
const reports = new Map<string, StatusReport[]>();
/** `npm run i18n:status -- --json` on a checkout's content, run once per checkout (a few seconds each). */
function statusOf(root: string): StatusReport[] {
  const known = reports.get(root);
  if (known) return known;
  const script = join(projectRoot, 'scripts', 'i18n-status.ts');
  const run = spawnSync('npx', ['tsx', script, '--json', '--root', root], { cwd: root, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const report = JSON.parse(run.stdout) as StatusReport[];
  reports.set(root, report);
  return report;
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
  beforeAll(() => {
    assertBuilt();
    statusOf(projectRoot);
  }, 120_000);

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

describe('an English entry changed after translation (the shared fixture build)', () => {
  let site: FixtureSite;
  const translations = localeCodes.filter((l) => l !== defaultLocale);
  const stateOf = (report: StatusReport, slug: string) =>
    report.entries.find((e) => e.collection === 'sites' && e.slug === slug)?.state ?? 'translated';

  beforeAll(async () => {
    site = await fixtureSite();
    statusOf(site.root);
  }, fixtureSiteTimeout);

  it('is reported outdated by the script and the page alike; the untouched translation is not', () => {
    const reports = statusOf(site.root);
    for (const report of reports.filter((r) => r.locale !== defaultLocale)) {
      expect(stateOf(report, 'fixture-outdated'), report.locale).toBe('outdated');
      expect(stateOf(report, 'fixture-current'), report.locale).toBe('translated');
    }
    expect(pageCounts('th', site.dist)).toEqual(
      reports.map(({ locale, translated, outdated, missing }) => ({ locale, translated, outdated, missing })),
    );
  });

  it.each(translations)('renders the newest (English) text on /%s/sites/fixture-outdated/ with a notice', (locale) => {
    const $ = page(`/${locale}/sites/fixture-outdated/`, site.dist);
    expect($('[data-fallback-notice="outdated"]')).toHaveLength(1);
    expect($('article').text()).toContain(addedAfterTranslation);
    expect($('h1').attr('lang')).toBe('en');
    // The stale translation is no alternate, and the page stays out of its locale's search index.
    const alternates = $('link[rel="alternate"][hreflang]')
      .toArray()
      .map((l) => $(l).attr('hreflang'));
    expect(alternates).toEqual(['en', 'x-default']);
    expect($('[data-pagefind-body]')).toHaveLength(0);
  });

  it.each(translations)('keeps the current translation on /%s/sites/fixture-current/', (locale) => {
    const $ = page(`/${locale}/sites/fixture-current/`, site.dist);
    expect($('[data-fallback-notice]')).toHaveLength(0);
    expect($('h1').text()).toContain(`(fixture-current, ${locale})`);
    expect($('link[rel="alternate"][hreflang]')).toHaveLength(localeCodes.length + 1);
    expect($('[data-pagefind-body]')).toHaveLength(1);
  });
});
