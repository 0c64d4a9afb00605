import { describe, expect, it } from 'vitest';
import { remember } from '../../src/lib/remember';
import { groupBy } from '../../src/lib/groupBy';

describe('remember', () => {
  it('makes a value once per key, including falsy values', () => {
    const store = new Map<string, string>();
    let made = 0;
    const make = (): string => {
      made += 1;
      return '';
    };
    expect(remember(store, 'a', make)).toBe('');
    expect(remember(store, 'a', make)).toBe('');
    expect(made).toBe(1);
  });

  it('forgets a promise that rejects, so the next call tries again', async () => {
    const store = new Map<string, Promise<number>>();
    await expect(remember(store, 'k', () => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
    expect(await remember(store, 'k', () => Promise.resolve(2))).toBe(2);
    expect(await remember(store, 'k', () => Promise.resolve(3))).toBe(2);
  });
});

describe('groupBy', () => {
  it('groups in first-seen order', () => {
    expect([...groupBy(['KE:a', 'TH:b', 'KE:c'], (s) => s.slice(0, 2))]).toEqual([
      ['KE', ['KE:a', 'KE:c']],
      ['TH', ['TH:b']],
    ]);
  });
});
