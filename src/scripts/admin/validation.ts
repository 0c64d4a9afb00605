/**
 * Before every save, the editor checks each locale's frontmatter against the collection's zod
 * schema (src/lib/schemas.ts), the one the build checks, including what Decap's field rules
 * cannot express (refinements such as "citywide or districts, not both"). A value the build would
 * refuse stops the save with a message naming the locale and field; nothing is written.
 */
import { canonicalFrontmatter, type Frontmatter } from '../../lib/contentFormat';
import { collectionNames, collectionSchemas, type CollectionName } from '../../lib/schemas';
import { defaultLocale, localeCodes } from '../../i18n/locales';
import type { ImmutableLike } from './decap';

function localeData(entry: ImmutableLike, locale: string): Frontmatter | undefined {
  const path = locale === defaultLocale ? ['data'] : ['i18n', locale, 'data'];
  const data = (entry.getIn(path) as ImmutableLike | undefined)?.toJS() as Frontmatter | undefined;
  if (!data) return undefined;
  const { body: _body, ...frontmatter } = data;
  return frontmatter;
}

/** The problems that stop a save, one line each; empty when the entry may be written. */
export function entryProblems(entry: ImmutableLike): string[] {
  const collection = entry.get('collection') as CollectionName;
  if (!collectionNames.includes(collection)) return [];
  const problems: string[] = [];
  for (const locale of localeCodes) {
    const raw = localeData(entry, locale);
    if (!raw) continue;
    const data = canonicalFrontmatter(collection, raw);
    const result = collectionSchemas[collection].safeParse(data);
    if (!result.success)
      for (const issue of result.error.issues) problems.push(`${locale}: field "${issue.path.join('.') || '(entry)'}": ${issue.message}`);
    if (locale !== defaultLocale && !data.translatedFrom)
      problems.push(`${locale}: field "translatedFrom": a translation must name the locale it was translated from (${defaultLocale})`);
    if (collection === 'districts' && locale === defaultLocale) {
      const isNew = entry.get('newRecord') === true;
      if (isNew && !data.slug) problems.push(`${locale}: field "slug": choose which of Shanghai's 16 districts the new entry is`);
      if (!isNew && data.slug && data.slug !== entry.get('slug'))
        problems.push(
          `${locale}: field "slug": an existing district keeps its address (${String(entry.get('slug'))}); leave the field empty`,
        );
    }
  }
  return problems;
}

export function preSaveHandler({ entry }: { entry: ImmutableLike }): undefined {
  const problems = entryProblems(entry);
  if (problems.length) throw new Error(`Not saved: ${problems.join('; ')}`);
  return undefined;
}
