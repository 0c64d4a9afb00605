/**
 * The source register (src/content/sources.yaml): every source the site cites, described once.
 * Read from disk by the integrity check (before Astro loads content) and by tests; Astro loads the
 * same file as the `sources` data collection for pages. Pure helpers give a record in a locale and
 * the label of a link to it, which follows its kind ("Official site" only for an official site).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import type { Locale } from '../../i18n/locales';
import { sourceRecordSchema, type sourceConfidences, type sourceKinds } from './schemas';
import type { DatePrecision } from '../formatDate';

export type SourceRecord = z.infer<typeof sourceRecordSchema>;
export type SourceKind = (typeof sourceKinds)[number];
export type Confidence = (typeof sourceConfidences)[number];

/** Where the register lives, relative to the project root. */
export const registerPath = 'src/content/sources.yaml';

export interface RegisterProblem {
  file: string;
  field: string;
  message: string;
  line?: number | undefined;
}

export interface Register {
  /** The file it was read from, for messages. */
  file: string;
  /** Valid records, by id. */
  records: ReadonlyMap<string, SourceRecord>;
  /** Line of each record in the file (1-based), for messages. */
  lines: ReadonlyMap<string, number>;
  problems: RegisterProblem[];
}

/** Parses the register's YAML text: every record validated, ids unique, problems with their line. */
export function parseRegister(text: string, file: string = registerPath): Register {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const problems: RegisterProblem[] = [];
  const records = new Map<string, SourceRecord>();
  const lines = new Map<string, number>();
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    return {
      file,
      records,
      lines,
      problems: [{ file, field: '(register)', line: error.linePos?.[0].line, message: error.message.split('\n')[0]! }],
    };
  }
  if (!isSeq(doc.contents))
    return { file, records, lines, problems: [{ file, field: '(register)', message: 'must be a list of source records' }] };
  doc.contents.items.forEach((node, i) => {
    const line = isMap(node) && node.range ? counter.linePos(node.range[0]).line : undefined;
    const parsed = sourceRecordSchema.safeParse(isMap(node) ? node.toJSON() : node);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ file, line, field: `[${i}].${issue.path.join('.')}`, message: issue.message });
      return;
    }
    const first = lines.get(parsed.data.id);
    if (first !== undefined) {
      problems.push({ file, line, field: `[${i}].id`, message: `duplicate id "${parsed.data.id}": line ${first} already uses it` });
      return;
    }
    records.set(parsed.data.id, parsed.data);
    lines.set(parsed.data.id, line ?? 0);
  });
  return { file, records, lines, problems };
}

/** The register of the project at `root`. */
export function readRegister(root: string): Register {
  return parseRegister(readFileSync(join(root, registerPath), 'utf8'));
}

/** A statement's text and confidence (a plain string takes its record's). */
export function statementsOf(record: SourceRecord): Array<{ text: string; confidence: Confidence }> {
  return record.statements.map((s) => (typeof s === 'string' ? { text: s, confidence: record.confidence } : s));
}

/** How much of a date the register gives: `2022` a year, `2024-06` a month, `2024-06-11` (or a Date) a day. */
const precisionOf = (date: Date | string): DatePrecision =>
  date instanceof Date ? 'day' : (['year', 'month', 'day'] as const)[date.split('-').length - 1]!;

/** A record as a page in `locale` shows it. */
export interface LocalizedSource {
  id: string;
  title: string;
  publisher: string;
  date?: Date | undefined;
  /** How much of `date` the source gives (a day when absent). */
  datePrecision?: DatePrecision | undefined;
  url?: string | undefined;
  kind: SourceKind;
  confidence: Confidence;
}

export function localizeSource(record: SourceRecord, locale: Locale): LocalizedSource {
  return {
    id: record.id,
    title: record.title[locale] ?? record.title.en!,
    publisher: record.publisher[locale] ?? record.publisher.en!,
    date: record.date === undefined ? undefined : new Date(record.date),
    datePrecision: record.date === undefined ? undefined : precisionOf(record.date),
    url: record.url,
    kind: record.kind,
    confidence: record.confidence,
  };
}

/** The host of an address, as link text: `english.shanghai.gov.cn`. */
export function hostOf(url: string): string {
  return new URL(url).host;
}
