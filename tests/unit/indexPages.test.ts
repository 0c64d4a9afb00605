/** Index pages in pages: addresses, slices in the view's order and links between pages (which pages exist: routeTable.test.ts). */
import { describe, expect, it } from 'vitest';
import { pagedCards, pageNav, viewOfPage } from '../../src/lib/routing/indexPages';
import { indexPageCount, indexPageRoute } from '../../src/lib/routing/routes';
import { indexRouteData, viewContext } from '../../src/lib/routing/routeData';
import { realContent } from '../helpers/realContent';

const content = realContent();
const en = viewContext('en', content, 'https://example.org/');

/** Cuts a view into pages of `size` cards, as [section]/[...page].astro does. */
function pagesOf(collection: 'incentives' | 'channels', size: number) {
  const view = indexRouteData(en, collection).view;
  const cards = pagedCards(view);
  const count = indexPageCount(cards.length, size);
  return { view, cards, pages: Array.from({ length: count }, (_, i) => viewOfPage(view, cards.slice(i * size, (i + 1) * size), i + 1)) };
}

describe('index pages', () => {
  it('keeps page 1 at the index’s address and numbers the others under it', () => {
    expect(indexPageRoute('/incentives/', 1)).toBe('/incentives/');
    expect(indexPageRoute('/incentives/', 3)).toBe('/incentives/3/');
    expect(indexPageCount(0, 24)).toBe(1);
    expect(indexPageCount(25, 24)).toBe(2);
  });

  it('with a small page size, every entry is on exactly one page, in the view’s order, groups kept', () => {
    const { view, cards, pages } = pagesOf('incentives', 2);
    expect(pages.length).toBeGreaterThan(1);
    const shown = pages.flatMap((p) => p.groups.flatMap((g) => g.cards.map((c) => c.href)));
    expect(shown).toEqual(cards.map((c) => c.card.href));
    expect(new Set(shown).size).toBe(content.list('incentives', 'en').length);
    for (const page of pages) {
      expect(page.groups.flatMap((g) => g.cards).length).toBeLessThanOrEqual(2);
      for (const group of page.groups) expect(view.groups.map((g) => g.heading)).toContain(group.heading);
    }
  });

  it('shows the map on the first page only', () => {
    const view = indexRouteData(en, 'districts').view;
    expect(view.map).toBeDefined();
    const cards = pagedCards(view);
    expect(viewOfPage(view, cards.slice(0, 1), 1).map).toBeDefined();
    expect(viewOfPage(view, cards.slice(1), 2).map).toBeUndefined();
  });

  it('links each page to its neighbours and to the first and last', () => {
    const labels = { previous: 'Previous', next: 'Next' };
    const nav = pageNav('en', '/stories/', 5, 9, labels);
    expect(nav.previous?.href).toBe('/en/stories/4/');
    expect(nav.next?.href).toBe('/en/stories/6/');
    expect(nav.numbers.map((p) => p && p.n)).toEqual([1, null, 3, 4, 5, 6, 7, null, 9]);
    expect(nav.numbers.find((p) => p?.current)?.href).toBe('/en/stories/5/');
    expect(pageNav('en', '/stories/', 1, 2, labels).previous).toBeUndefined();
    expect(pageNav('en', '/stories/', 1, 2, labels).numbers[0]?.href).toBe('/en/stories/');
  });
});
