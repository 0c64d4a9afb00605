/**
 * The build-time integrity check of all content, as one pure function over parsed files:
 * frontmatter against the schemas, locale folders, duplicate slugs, translations without an
 * English entry, cross-references, and figures against the source register (a figure its cited
 * source does not state fails). Every problem names the file and the field, or file and line.
 */
import { defaultLocale, isLocale, localeCodes, type Locale } from '../../i18n/locales';
import { collectionMetadata } from '../collections/metadata';
import { isShanghaiDistrictId, shanghaiDistrictIds } from '../content/shanghaiDistricts';
import { checkBody, frontmatterFigures } from './factCheck';
import { readNumbers, unstatedNumbers } from './figureCheck';
import { statementsOf, type Register } from '../content/sourceRegister';
import { collectionNames, collectionSchemas, referenceFields, type CollectionName } from '../content/schemas';
import type { ContentFile } from '../content/catalogue';

// A content file as the catalogue reads it.
export type { ContentFile };

export interface Problem {
  file: string;
  field: string;
  message: string;
  /** Line in the file, for problems in the body. */
  line?: number | undefined;
}

function isCollection(name: string): name is CollectionName {
  return (collectionNames as string[]).includes(name);
}

function fieldPath(path: ReadonlyArray<string | number>): string {
  return (
    path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '') ||
    '(frontmatter)'
  );
}

function asSlugList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Counts the check reports when it passes. */
export interface IntegrityStats {
  /** Cited figures (Facts and frontmatter figures, every locale) checked against their sources' statements. */
  figures: number;
}

export interface IntegrityOptions {
  /**
   * The locales whose bodies are checked (all unless told). A locale shard checks its own and
   * English, which its pages show: each locale's bodies are checked by its own shard, and
   * parsing every body of every locale in each shard was a tenth of a shard's build at scale.
   */
  bodiesOf?: readonly Locale[];
}

export function checkIntegrity(
  files: readonly ContentFile[],
  register: Register,
  stats: IntegrityStats = { figures: 0 },
  options: IntegrityOptions = {},
): Problem[] {
  const problems: Problem[] = [];
  const valid: Array<ContentFile & { collection: CollectionName; values: Record<string, unknown> }> = [];

  for (const f of files) {
    if (!isCollection(f.collection)) {
      problems.push({
        file: f.file,
        field: '(collection folder)',
        message: `unknown collection "${f.collection}"; expected one of: ${collectionNames.join(', ')}`,
      });
      continue;
    }
    if (!isLocale(f.locale)) {
      const where = f.locale ? `unknown locale folder "${f.locale}"` : 'file is not inside a locale folder';
      problems.push({
        file: f.file,
        field: '(locale folder)',
        message: `${where}; expected one of: ${localeCodes.join(', ')} (src/i18n/locales.ts)`,
      });
      continue;
    }
    if (f.data instanceof Error) {
      problems.push({ file: f.file, field: '(frontmatter)', message: f.data.message });
      continue;
    }
    const parsed = collectionSchemas[f.collection].safeParse(f.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file: f.file, field: fieldPath(issue.path), message: issue.message });
      continue;
    }
    if (f.locale !== defaultLocale && !parsed.data.translatedFrom) {
      problems.push({
        file: f.file,
        field: 'translatedFrom',
        message: `a translation must name the locale it was translated from (e.g. translatedFrom: ${defaultLocale})`,
      });
    }
    // An area on the district map is one of Shanghai's districts: one the map cannot place fails here.
    if (collectionMetadata(f.collection).map?.role === 'area' && !isShanghaiDistrictId(f.slug)) {
      problems.push({
        file: f.file,
        field: 'slug',
        message: `"${f.slug}" is not a Shanghai district the map knows; expected one of: ${shanghaiDistrictIds.join(', ')}`,
      });
    }
    valid.push({ ...f, collection: f.collection, values: parsed.data as Record<string, unknown> });
  }

  // Duplicate slugs within one collection and locale.
  const seen = new Map<string, ContentFile>();
  for (const f of valid) {
    const key = `${f.collection}/${f.locale}/${f.slug}`;
    const first = seen.get(key);
    if (first) problems.push({ file: f.file, field: 'slug', message: `duplicate slug "${f.slug}": ${first.file} already uses it` });
    else seen.set(key, f);
  }

  const reference = new Map<string, (typeof valid)[number]>();
  for (const f of valid) if (f.locale === defaultLocale) reference.set(`${f.collection}/${f.slug}`, f);
  // English files that exist but failed their schema still exist: report them once, not again
  // as a missing entry behind every translation and reference.
  const existing = new Set(files.filter((f) => f.locale === defaultLocale).map((f) => `${f.collection}/${f.slug}`));

  for (const f of valid) {
    const english = reference.get(`${f.collection}/${f.slug}`);
    if (f.locale !== defaultLocale && !existing.has(`${f.collection}/${f.slug}`)) {
      problems.push({
        file: f.file,
        field: 'slug',
        message: `translation has no English entry: expected src/content/${f.collection}/${defaultLocale}/${f.slug}.mdx`,
      });
    }
    for (const ref of referenceFields.filter((r) => r.collection === f.collection)) {
      const value = f.values[ref.field];
      asSlugList(value).forEach((target, i) => {
        if (!existing.has(`${ref.target}/${target}`)) {
          const field = Array.isArray(value) ? `${ref.field}[${i}]` : ref.field;
          problems.push({
            file: f.file,
            field,
            message: `"${target}" does not exist in ${ref.target} (no src/content/${ref.target}/${defaultLocale}/${target}.mdx)`,
          });
        }
      });
      // Cross-references are slugs, identical in every locale.
      if (english && f !== english && JSON.stringify(asSlugList(value)) !== JSON.stringify(asSlugList(english.values[ref.field]))) {
        problems.push({
          file: f.file,
          field: ref.field,
          message: `differs from the English entry (${english.file}); references must be the same in every locale`,
        });
      }
    }
  }
  problems.push(...register.problems, ...checkFigures(valid, reference, register, stats, options));
  return problems;
}

const sourceIds = (values: Record<string, unknown>): string[] => (values.sources ?? []) as string[];
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Figures that cite their source (factCheck.ts): MDX syntax content may not use, Facts naming no
 * listed source, numbers above 12 outside a Fact in English, translations citing a different
 * set of sources (or listing different source ids) than their English entry, sources missing
 * from the register, and figures whose numbers none of the cited records' statements give.
 */
function checkFigures(
  valid: ReadonlyArray<ContentFile & { values: Record<string, unknown> }>,
  reference: ReadonlyMap<string, ContentFile & { collection: string; values: Record<string, unknown> }>,
  register: Register,
  stats: IntegrityStats,
  { bodiesOf }: IntegrityOptions,
): Problem[] {
  const problems: Problem[] = [];
  // What each entry cites; an entry whose body this build does not check has none, and is not compared.
  const cited = new Map<ContentFile, string[]>();
  /**
   * A figure (its text, the ids it cites) against the register: a problem per number no cited
   * statement gives. `line` is asked only for a problem: finding a frontmatter line parses the YAML again.
   */
  const checkFigure = (f: ContentFile, text: string, ids: readonly string[], where: { line: () => number | undefined; field: string }) => {
    const records = ids.flatMap((id) => {
      const record = register.records.get(id);
      return record ? [record] : [];
    });
    if (records.length < ids.length) return; // an unknown id is reported on its own
    stats.figures += 1;
    // A figure in words ("三十") would pass unread: figures are written in digits.
    if (readNumbers(text, f.locale as Locale).length === 0) {
      problems.push({
        file: f.file,
        field: where.field,
        line: where.line(),
        message: `the figure "${text}" has no number in digits; write it in digits so it can be checked against its source`,
      });
      return;
    }
    const statements = records.flatMap((r) => statementsOf(r).map((s) => s.text));
    for (const number of unstatedNumbers(text, f.locale as Locale, statements)) {
      const at = records.map((r) => `${r.id} (${register.file}:${register.lines.get(r.id)})`).join(', ');
      problems.push({
        file: f.file,
        field: where.field,
        line: where.line(),
        message: `"${number}" in the figure "${text}" is not stated by its source ${at}; cite the source that states it, or add the fact sheet's statement to the register`,
      });
    }
  };
  for (const f of valid) {
    const ids = sourceIds(f.values);
    ids.forEach((id, i) => {
      if (!register.records.has(id))
        problems.push({ file: f.file, field: `sources[${i}]`, message: `"${id}" is not in the source register (${register.file})` });
    });
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate)
      problems.push({ file: f.file, field: 'sources', message: `source id "${duplicate}" is used twice; ids must be unique in an entry` });
    const figures = frontmatterFigures(f.values);
    figures.forEach((figure, i) => {
      if (!ids.includes(figure.source)) {
        problems.push({
          file: f.file,
          field: `figures[${i}].source`,
          message: `"${figure.source}" names no source of this entry; ids listed: ${ids.join(', ') || '(none: give the source an id)'}`,
        });
      }
    });
    figures.forEach((figure, i) => {
      if (ids.includes(figure.source))
        checkFigure(f, figure.text ?? '', [figure.source], {
          field: `figures[${i}].text`,
          line: () => f.lineOf?.(['figures', i, 'text']),
        });
    });
    const fromFigures = figures.map((figure) => figure.source);
    if (bodiesOf && !bodiesOf.includes(f.locale as Locale)) continue;
    if (f.body === undefined) {
      cited.set(f, [...new Set(fromFigures)]);
      continue;
    }
    const checked = checkBody(f.body, ids, f.locale === defaultLocale);
    for (const fact of checked.facts) checkFigure(f, fact.text, fact.sources, { field: '(body)', line: () => fact.line });
    cited.set(f, [...new Set([...fromFigures, ...checked.cited])]);
    for (const p of checked.problems) problems.push({ file: f.file, field: '(body)', line: p.line, message: p.message });
  }
  for (const f of valid) {
    if (f.locale === defaultLocale) continue;
    const english = reference.get(`${f.collection}/${f.slug}`);
    if (!english) continue;
    const ids = sourceIds(f.values);
    const englishIds = sourceIds(english.values);
    if (!sameSet(ids, englishIds)) {
      problems.push({
        file: f.file,
        field: 'sources',
        message: `source ids [${ids.join(', ')}] differ from the English entry's [${englishIds.join(', ')}] (${english.file}); give each source the same id in every locale`,
      });
    }
    const figures = frontmatterFigures(f.values).map((figure) => figure.source);
    const englishFigures = frontmatterFigures(english.values).map((figure) => figure.source);
    if (figures.join() !== englishFigures.join()) {
      problems.push({
        file: f.file,
        field: 'figures',
        message: `cite the sources [${figures.join(', ')}], the English entry's figures (${english.file}) cite [${englishFigures.join(', ')}]; a translation has the same figures in the same order`,
      });
    }
    const mine = cited.get(f);
    const theirs = cited.get(english);
    if (mine && theirs && !sameSet(mine, theirs)) {
      problems.push({
        file: f.file,
        field: '(body)',
        message: `cites the sources [${mine.join(', ')}] in <Fact>s, the English entry (${english.file}) cites [${theirs.join(', ')}]; a translation cites the same sources`,
      });
    }
  }
  return problems;
}

export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => (p.line ? `  ${p.file}:${p.line}: ${p.message}` : `  ${p.file}: field "${p.field}": ${p.message}`));
  return `Content integrity check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}
