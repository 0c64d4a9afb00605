/**
 * Fragment check on the built files: every `#id` a page links to, on itself or on another page
 * of the site, must name an element of the target page.
 *
 * linkinator 7.6 has this option (`checkFragments`), but it records a fragment against its target
 * and reads it only while it fetches that target: a link found after its target was fetched is
 * never checked, so what it reports depends on crawl order (JustinBeckwith/linkinator#880, fixed
 * in 8.x, which needs Node 22). Reading the files makes the answer independent of order.
 */
import { builtPages, distDir, fileFor, page } from '../../tests/helpers/dist';
import { remember } from '../../src/lib/remember';

export interface BrokenFragment {
  page: string;
  url: string;
}

/** The ids a fragment can scroll to on a page: `id` on any element, `name` on an anchor. */
function targetsOf(sitePath: string, root: string): Set<string> {
  const $ = page(sitePath, root);
  const ids = $('[id]')
    .map((_, el) => $(el).attr('id'))
    .get();
  const names = $('a[name]')
    .map((_, el) => $(el).attr('name'))
    .get();
  return new Set([...ids, ...names]);
}

export function checkFragments(options: { root?: string; canonicalOrigin?: string } = {}): { checked: number; broken: BrokenFragment[] } {
  const root = options.root ?? distDir;
  // Any origin works as a base for relative links; the canonical one makes absolute links ours too.
  const origin = options.canonicalOrigin ?? 'http://site.invalid';
  const targets = new Map<string, Set<string>>();
  const targetsFor = (path: string): Set<string> | null => {
    const file = fileFor(path, root);
    // A missing page is the link check's report, not this one's.
    return file ? remember(targets, file, () => targetsOf(path, root)) : null;
  };

  let checked = 0;
  const broken: BrokenFragment[] = [];
  for (const from of builtPages(root)) {
    const $ = page(from, root);
    for (const href of $('a[href], area[href]')
      .map((_, el) => $(el).attr('href'))
      .get()) {
      const url = new URL(href, `${origin}${from}`);
      const fragment = decodeURIComponent(url.hash.slice(1));
      // `#` and `#top` scroll to the top of any page (HTML "scroll to the fragment").
      if (url.origin !== origin || fragment === '' || fragment.toLowerCase() === 'top') continue;
      const known = targetsFor(url.pathname);
      if (!known) continue;
      checked += 1;
      if (!known.has(fragment)) broken.push({ page: from, url: `${url.pathname}#${fragment}` });
    }
  }
  return { checked, broken };
}
