/** Which entries relate to which, beyond the direct slug lists in frontmatter. Pure. */

interface IncentiveScope {
  slug: string;
  districts: readonly string[];
  citywide: boolean;
}

/**
 * Incentives for a district page: those the district or the incentive ties together, plus
 * citywide ones (`tied`); when none is tied, the ones whose scope the sources leave open
 * (`general`), which the page presents with a caveat.
 */
export function incentivesForDistrict(
  district: string,
  listedByDistrict: readonly string[],
  incentives: readonly IncentiveScope[],
): { tied: string[]; general: string[] } {
  const tied = incentives
    .filter((i) => listedByDistrict.includes(i.slug) || i.districts.includes(district) || i.citywide)
    .map((i) => i.slug);
  const general = incentives.filter((i) => !i.citywide && i.districts.length === 0 && !tied.includes(i.slug)).map((i) => i.slug);
  return { tied, general };
}

/**
 * The districts whose page lists an incentive among its tied ones (by the rule above): where a
 * search filtered by district finds it, so a district page's "see all" search shows what the page
 * counts.
 */
export function districtsForIncentive(
  incentive: IncentiveScope,
  districts: ReadonlyArray<{ slug: string; incentives: readonly string[] }>,
): string[] {
  return districts.filter((d) => incentivesForDistrict(d.slug, d.incentives, [incentive]).tied.includes(incentive.slug)).map((d) => d.slug);
}
