import { describe, expect, it } from 'vitest';
import { pagefindFilters, readState, sameState, writeState } from '../../src/lib/search/searchState';

describe('search state in the URL', () => {
  it('reads the query and the known filters, ignoring others and blanks', () => {
    expect(readState(new URLSearchParams('q=+rent+&district=xuhui&sector=&utm_source=newsletter'))).toEqual({
      q: 'rent',
      filters: { district: 'xuhui' },
    });
  });

  it('writes a stable query string, empty parts left out', () => {
    expect(writeState({ q: '租金', filters: { sector: 'ai', type: 'incentive' } })).toBe('?q=%E7%A7%9F%E9%87%91&type=incentive&sector=ai');
    expect(writeState({ q: '', filters: {} })).toBe('');
  });

  it('round-trips', () => {
    const state = { q: 'tax relief', filters: { category: 'tax', district: 'songjiang' } };
    expect(readState(new URLSearchParams(writeState(state)))).toEqual(state);
  });

  it('compares states by meaning, not by order', () => {
    expect(
      sameState({ q: 'a', filters: { type: 'site', district: 'xuhui' } }, { q: 'a', filters: { district: 'xuhui', type: 'site' } }),
    ).toBe(true);
    expect(sameState({ q: 'a', filters: {} }, { q: 'b', filters: {} })).toBe(false);
  });

  it('gives Pagefind only the filters that are set', () => {
    expect(pagefindFilters({ q: '', filters: { type: 'site', district: '' } })).toEqual({ type: 'site' });
  });
});
