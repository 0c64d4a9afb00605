/**
 * The delegates' countries for the world map: one mark per country, however many stories come
 * from it. A country with one story links to that story; one with several links to the stories
 * list, where all of them are.
 */
import { groupBy } from '../groupBy';

export interface StoryCountry {
  slug: string;
  /** ISO 3166-1 alpha-2, as in the story's `country` field. */
  country: string;
}

export interface DelegateCountry {
  iso: string;
  /** The one story from this country, or undefined when there are several. */
  story?: string;
}

export function delegateCountries(stories: readonly StoryCountry[]): DelegateCountry[] {
  return [...groupBy(stories, (story) => story.country)].map(([iso, group]) =>
    group.length === 1 ? { iso, story: group[0]!.slug } : { iso },
  );
}
