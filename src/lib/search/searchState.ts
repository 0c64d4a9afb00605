/**
 * The search page's state lives in the URL (`?q=rent&district=xuhui`), so a result list can be
 * pasted into a newsletter and opens the same. Pure: no DOM.
 */

/** Results the search page shows at a time ("Show more" fetches the next ones). */
export const searchPageSize = 10;

export const filterNames = ['type', 'district', 'category', 'sector'] as const;
export type FilterName = (typeof filterNames)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string>>;
}

export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of filterNames) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a state, in a fixed order, empty parts left out. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of filterNames) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return writeState(a) === writeState(b);
}

/** Pagefind's filter argument for a state. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  return Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)) as Record<string, string>;
}
