/**
 * `updated` as the editor keeps it: a file's date moves to today when a save changes the file, and
 * only then. Decap writes every language's file of an entry on each save, changed or not, and its
 * pre-save hook can rewrite only the English data; so the decision is made where each file's text
 * is made, the editor's file format (src/client/admin/editor.ts): a file whose canonical text is
 * one the editor loaded is unchanged and written as it was; any other file (edited, or new) gets
 * today's date. Content-addressed, so it needs no path and survives Decap re-reading an entry.
 * No Node APIs: it runs in the browser.
 */
import { canonicalContentFile, formatContentFile, type Frontmatter } from '../content/contentFormat';
import type { CollectionName } from '../content/schemas';

/** Today as YYYY-MM-DD in the editor's own time zone: the day the editor means. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export class SaveStamp {
  private readonly loaded = new Set<string>();

  constructor(private readonly today: () => string = () => localDay()) {}

  /** A file the editor read, in canonical form. */
  remember(collection: CollectionName, text: string): void {
    this.loaded.add(canonicalContentFile(collection, text));
  }

  /** The frontmatter to write: as it is when the file is one the editor read, else with `updated` today. */
  stamp(collection: CollectionName, data: Frontmatter, body: string): Frontmatter {
    if (this.loaded.has(formatContentFile(collection, data, body))) return data;
    return { ...data, updated: this.today() };
  }
}
