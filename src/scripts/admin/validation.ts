/**
 * Before every save, the editor runs the build's own integrity check (src/lib/integrity.ts) on
 * the entry's files as they would be written: each locale's frontmatter against the collection's
 * zod schema (refinements such as "citywide or districts, not both" included), a translation's
 * `translatedFrom`, references the same in every locale, a district among Shanghai's sixteen, and
 * the body's rules (`<Fact>` naming a source id of the entry, figures above 12 in English prose,
 * forbidden MDX). A value the build would refuse stops the save with the check's message naming
 * the locale and field; nothing is written. Whether a referenced entry exists is the pickers' job
 * (they offer only existing entries), so the check sees only this entry's files.
 */
import { canonicalFrontmatter, type Frontmatter } from '../../lib/contentFormat';
import { checkIntegrity, type ContentFile } from '../../lib/integrity';
import { collectionNames, type CollectionName } from '../../lib/schemas';
import { defaultLocale, localeCodes } from '../../i18n/locales';
import type { ImmutableLike } from './decap';

function localeFile(entry: ImmutableLike, collection: CollectionName, locale: string, slug: string): ContentFile | undefined {
  const path = locale === defaultLocale ? ['data'] : ['i18n', locale, 'data'];
  const data = (entry.getIn(path) as ImmutableLike | undefined)?.toJS() as Frontmatter | undefined;
  if (!data) return undefined;
  const { body, ...frontmatter } = data;
  return {
    file: `${locale}`,
    collection,
    locale,
    slug,
    data: canonicalFrontmatter(collection, frontmatter),
    body: typeof body === 'string' ? body : '',
  };
}

/** The problems that stop a save, one line each; empty when the entry may be written. */
export function entryProblems(entry: ImmutableLike): string[] {
  const collection = entry.get('collection') as CollectionName;
  if (!collectionNames.includes(collection)) return [];
  const isNew = entry.get('newRecord') === true;
  const english = (entry.get('data') as ImmutableLike | undefined)?.toJS() as Frontmatter | undefined;
  const chosen = typeof english?.slug === 'string' && english.slug ? english.slug : undefined;
  const problems: string[] = [];
  if (collection === 'districts' && isNew && !chosen)
    problems.push(`${defaultLocale}: field "slug": choose which of Shanghai's 16 districts the new entry is`);
  if (collection === 'districts' && !isNew && chosen && chosen !== entry.get('slug'))
    problems.push(
      `${defaultLocale}: field "slug": an existing entry keeps its address (${String(entry.get('slug'))}); leave the field empty`,
    );
  // A new entry's file name is not known yet; the district's choice, or a placeholder slug, stands in.
  const slug = isNew ? (chosen ?? 'new-entry') : String(entry.get('slug'));
  const files = localeCodes.flatMap((locale) => localeFile(entry, collection, locale, slug) ?? []);
  for (const problem of checkIntegrity(files)) {
    if (problem.message.includes(' does not exist in ')) continue;
    const where = problem.line ? `${problem.field}, line ${problem.line} of the text` : problem.field;
    problems.push(`${problem.file}: field "${where}": ${problem.message}`);
  }
  return problems;
}

export function preSaveHandler({ entry }: { entry: ImmutableLike }): undefined {
  const problems = entryProblems(entry);
  if (problems.length) throw new Error(`Not saved: ${problems.join('; ')}`);
  return undefined;
}
