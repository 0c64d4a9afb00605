/**
 * Bounded pages at any size. The home page shows at most `homeSectionSize` entries of a collection
 * with an index page (and links to it); each index page lists at most its metadata `pageSize`
 * entries, the rest on `/…/2/`, `/…/3/` (src/pages/[lang]/[section]/[...page].astro); and an entry
 * page lists at most `relatedListSize` entries in any list the content can grow (a district's
 * incentives, sites and stories; the stories naming an incentive), then links to all of them.
 */
export const homeSectionSize = 6;
export const relatedListSize = 12;
