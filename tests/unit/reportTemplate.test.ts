/** Report templates: every placeholder filled, every value placed, the rest of the text kept as written. */
import { describe, expect, it } from 'vitest';
import { fillTemplate, reportTemplate } from '../../scripts/reportTemplate';

describe('fillTemplate', () => {
  it('puts each value in its place, as often as it appears, and keeps the rest of the text', () => {
    expect(fillTemplate('`{{cmd}}` took {{s}} s; {{cmd}} again.', { cmd: 'npm test', s: 4.5 })).toBe(
      '`npm test` took 4.5 s; npm test again.',
    );
  });

  it('refuses a placeholder without a value and a value without a placeholder, naming them', () => {
    expect(() => fillTemplate('{{a}} and {{b}}', { a: 1 }, 'x.md')).toThrow('x.md: no value for {{b}}');
    expect(() => fillTemplate('{{a}}', { a: 1, c: 2 }, 'x.md')).toThrow('x.md: no place for {{c}}');
  });

  it('reads a template file beside a script and checks it the same way', () => {
    const targets = new URL('../../scripts/bench/targetsSharded.md', import.meta.url);
    expect(() => reportTemplate(targets, {})).toThrow(/no value for \{\{rebuildVerdict\}\}/);
  });
});
