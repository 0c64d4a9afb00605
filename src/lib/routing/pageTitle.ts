/** The <title>: the page's title with the site name, unless that would pass 70 characters (search results cut there). */
export const maxTitleLength = 70;

export function pageTitle(title: string, siteName: string, isHome = false): string {
  if (isHome) return title;
  const full = `${title} | ${siteName}`;
  return [...full].length <= maxTitleLength ? full : title;
}
