/**
 * The search page of a locale with filters set, as its address carries them (searchState.ts):
 * where a bounded list on a page (a district's incentives, a map's key sites) sends the reader
 * for all of them.
 */
import type { Locale } from '../../i18n/locales';
import { localizedPath } from '../routing/localizedUrl';
import { pageRoutes } from '../routing/routes';
import { writeState, type SearchState } from './searchState';

export function searchPath(locale: Locale, filters: SearchState['filters']): string {
  return `${localizedPath(locale, pageRoutes.search)}${writeState({ q: '', filters })}`;
}
