/**
 * Before every save, the editor checks each locale's frontmatter against the collection's zod
 * schema (src/lib/content/schemas.ts), the one the build checks, including what Decap's field rules
 * cannot express (refinements such as "citywide or districts, not both"), and each body with the
 * build's own body check (src/lib/checks/factCheck.ts: a `<Fact>` names one of the entry's source ids,
 * no figure above 12 outside a `<Fact>` in English, no forbidden MDX). A value the build would
 * refuse stops the save with a message naming the locale and field; nothing is written.
 *
 * Not src/lib/checks/integrity.ts itself: it reaches the collection registry and through it the content
 * modules, which a browser bundle must not carry (and which differ between locale shards).
 */
import { canonicalFrontmatter, type Frontmatter } from '../../lib/content/contentFormat';
import { checkBody } from '../../lib/checks/factCheck';
import { collectionNames, collectionSchemas, type CollectionName } from '../../lib/content/schemas';
import { defaultLocale, localeCodes } from '../../i18n/locales';
import type { ImmutableLike } from './decap';
import { saveStamp } from './saveStamp';

function localeData(entry: ImmutableLike, locale: string): { frontmatter: Frontmatter; body: string } | undefined {
  const path = locale === defaultLocale ? ['data'] : ['i18n', locale, 'data'];
  const data = (entry.getIn(path) as ImmutableLike | undefined)?.toJS() as Frontmatter | undefined;
  if (!data) return undefined;
  const { body, ...frontmatter } = data;
  return { frontmatter, body: typeof body === 'string' ? body : '' };
}

/** The checks of one locale's file, as the build makes them. */
function localeProblems(collection: CollectionName, locale: string, frontmatter: Frontmatter, body: string): string[] {
  const data = canonicalFrontmatter(collection, frontmatter);
  const result = collectionSchemas[collection].safeParse(data);
  if (!result.success)
    return result.error.issues.map((issue) => `${locale}: field "${issue.path.join('.') || '(entry)'}": ${issue.message}`);
  const problems: string[] = [];
  if (locale !== defaultLocale && !data.translatedFrom)
    problems.push(`${locale}: field "translatedFrom": a translation must name the locale it was translated from (${defaultLocale})`);
  const sources = (result.data as { sources: readonly string[] }).sources;
  for (const problem of checkBody(body, sources, locale === defaultLocale).problems)
    problems.push(`${locale}: field "(body), line ${problem.line} of the text": ${problem.message}`);
  return problems;
}

/** The problems that stop a save, one line each; empty when the entry may be written. */
export function entryProblems(entry: ImmutableLike): string[] {
  const collection = entry.get('collection') as CollectionName;
  if (!collectionNames.includes(collection)) return [];
  const problems: string[] = [];
  for (const locale of localeCodes) {
    const found = localeData(entry, locale);
    // Checked as it will be written: a changed (or new) file gets today's `updated` (./saveStamp.ts).
    if (found) problems.push(...localeProblems(collection, locale, saveStamp.stamp(collection, found.frontmatter, found.body), found.body));
  }
  if (collection === 'districts') {
    const isNew = entry.get('newRecord') === true;
    const slug = localeData(entry, defaultLocale)?.frontmatter.slug;
    if (isNew && !slug) problems.push(`${defaultLocale}: field "slug": choose which of Shanghai's 16 districts the new entry is`);
    if (!isNew && slug && slug !== entry.get('slug'))
      problems.push(
        `${defaultLocale}: field "slug": an existing entry keeps its address (${String(entry.get('slug'))}); leave the field empty`,
      );
  }
  return problems;
}

export function preSaveHandler({ entry }: { entry: ImmutableLike }): undefined {
  const problems = entryProblems(entry);
  if (problems.length) throw new Error(`Not saved: ${problems.join('; ')}`);
  return undefined;
}
