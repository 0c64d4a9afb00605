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
