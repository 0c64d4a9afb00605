/**
 * "as of <month year>" after a figure in an entry's text whose sources are all older than two years
 * at build time (src/lib/figureAge.ts). The date is the newest of the figure's cited sources in the
 * register, said to the month (or the year, where the register gives only a year); a figure with
 * an undated source gets none, since its age is unknown. The remark plugin writes it as the Fact's
 * `asof` attribute, so both renderers (ours at content sync, and @astrojs/mdx) print the same.
 */
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { useTranslations } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { localizeSource, readRegister, registerPath } from '../content/sourceRegister';
import { formatDate, type DatePrecision } from '../formatDate';
import { remember } from '../remember';

interface Dated {
  date: Date;
  precision: DatePrecision;
}

const registers = new Map<string, ReadonlyMap<string, Dated>>();

/** The dated sources of the project at `root`, read once per process. */
function datedSources(root: string): ReadonlyMap<string, Dated> {
  return remember(registers, root, () => {
    const dated = new Map<string, Dated>();
    // No register, no dates (the integrity check fails a build without one, naming it).
    if (!existsSync(join(root, registerPath))) return dated;
    for (const record of readRegister(root).records.values()) {
      const { date, datePrecision } = localizeSource(record, 'en');
      if (date) dated.set(record.id, { date, precision: datePrecision ?? 'day' });
    }
    return dated;
  });
}

/** The project root of a content file: the folder above its `src/content/`. */
export function projectRootOf(path: string): string | undefined {
  const at = path.lastIndexOf(join(sep, 'src', 'content', sep));
  return at < 0 ? undefined : dirname(join(path.slice(0, at), 'x'));
}

/** The "as of" label of a figure citing `sources` (ids separated by spaces), or undefined when it is recent or undated. */
export function factAsOf(sources: string, locale: Locale, root: string, today: Date = buildDay()): string | undefined {
  const dated = datedSources(root);
  const dates = sources
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => dated.get(id));
  if (dates.length === 0 || dates.some((d) => d === undefined)) return undefined;
  const newest = (dates as Dated[]).reduce((a, b) => (b.date > a.date ? b : a));
  if (!needsAsOf(newest.date, today)) return undefined;
  const date = formatDate(newest.date, locale, newest.precision === 'year' ? 'year' : 'month');
  return useTranslations(locale)('entry.asOf', { date });
}

/** What the labels depend on besides the code: the build day's verdict on every dated source, for the render digest. */
export function asOfDigestInput(root: string, today: Date = buildDay()): string {
  return [...datedSources(root)]
    .filter(([, d]) => needsAsOf(d.date, today))
    .map(([id, d]) => `${id}@${d.date.toISOString().slice(0, 10)}/${d.precision}`)
    .sort()
    .join(',');
}

/**
 * When a figure is old enough that a reader must be told its date where it stands: more than two
 * years before the build ("as of September 2023"). A date the source gives only to the month or
 * year counts from the start of that month or year, so a figure is never called current while it
 * may already be that old. The build's day is injected (tests) or taken from BUILD_DATE or the clock.
 */
/** A figure is dated on the page once it is older than this. */
export const figureMaxAgeYears = 2;

/** Whether a figure dated `date` is older than `years` on `today` (both as UTC days). */
export function needsAsOf(date: Date, today: Date, years: number = figureMaxAgeYears): boolean {
  const limit = Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate());
  return date.getTime() < limit;
}

/** The build's day: BUILD_DATE (YYYY-MM-DD) when set, so a build can be reproduced, else today (UTC). */
export function buildDay(env: Record<string, string | undefined> = process.env, now: Date = new Date()): Date {
  const fixed = env.BUILD_DATE;
  if (fixed !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(fixed)))
      throw new Error(`BUILD_DATE must be YYYY-MM-DD, not "${fixed}"`);
    return new Date(`${fixed}T00:00:00Z`);
  }
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
