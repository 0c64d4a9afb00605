/**
 * The delegates' countries for the world map: one mark per country, however many stories come
 * from it. A country with one story links to that story; one with several links to the stories
 * list, where all of them are.
 */
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
  const byCountry = new Map<string, string[]>();
  for (const { slug, country } of stories) byCountry.set(country, [...(byCountry.get(country) ?? []), slug]);
  return [...byCountry].map(([iso, slugs]) => (slugs.length === 1 ? { iso, story: slugs[0] } : { iso }));
}
