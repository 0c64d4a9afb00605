/**
 * The site's change log: the dated notes editors wrote in entries (`changes`), newest first, and
 * grouped by day for the "Recent changes" page, where each day has an anchor a newsletter can
 * link ("what changed since our last issue"). Plain data in, plain data out.
 */

/** One entry's notes, with what a listing needs to link it. */
export interface NotedEntry {
  title: string;
  /** The entry's page, locale prefix included. */
  href: string;
  changes: ReadonlyArray<{ date: Date; note: string }>;
}

export interface LoggedChange {
  /** The day, YYYY-MM-DD. */
  day: string;
  date: Date;
  note: string;
  title: string;
  href: string;
  /** The note's place in its entry's list: with `href`, what identifies it (a feed item's id). */
  index: number;
}

export interface ChangeDay {
  day: string;
  date: Date;
  changes: LoggedChange[];
}

const dayOf = (date: Date): string => date.toISOString().slice(0, 10);

/** Every note of every entry, newest day first; within a day by entry title, then in the order written. */
export function changeLog(entries: readonly NotedEntry[]): LoggedChange[] {
  const all = entries.flatMap((entry) =>
    entry.changes.map((change, i) => ({
      i,
      change: { day: dayOf(change.date), date: change.date, note: change.note, title: entry.title, href: entry.href, index: i },
    })),
  );
  return all
    .sort((a, b) => b.change.day.localeCompare(a.change.day) || a.change.title.localeCompare(b.change.title) || a.i - b.i)
    .map(({ change }) => change);
}

/** The log in days, newest first (the log's own order). */
export function changeDays(log: readonly LoggedChange[]): ChangeDay[] {
  const days: ChangeDay[] = [];
  for (const change of log) {
    const last = days.at(-1);
    if (last?.day === change.day) last.changes.push(change);
    else days.push({ day: change.day, date: change.date, changes: [change] });
  }
  return days;
}
