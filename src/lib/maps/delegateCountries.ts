/**
 * The delegates' countries for the world map: one mark per country, however many stories come
 * from it. A country with one story links to that story; one with several links to the stories
 * list, where all of them are.
 */
import { groupBy } from '../groupBy';

/** country: ISO 3166-1 alpha-2, as in the story's `country` field. */
export type StoryCountry = { slug: string; country: string };
/** story: the one story from this country, or undefined when there are several. */
export type DelegateCountry = { iso: string; story?: string };

export function delegateCountries(stories: readonly StoryCountry[]): DelegateCountry[] {
  return [...groupBy(stories, (story) => story.country)].map(([iso, group]) =>
    group.length === 1 ? { iso, story: group[0]!.slug } : { iso },
  );
}
