/** The scripts' one argument idiom: known flags parsed, anything else refused with the usage line. */
import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../../scripts/commandLine';

const spec = {
  usage: 'npm run example -- [--jobs N] [--check] FILE…',
  options: { jobs: { type: 'string', default: '2' }, check: { type: 'boolean', default: false } },
  positionals: true,
} as const;

describe('parseCommandLine', () => {
  it('reads --name value, --name=value, booleans, defaults and plain arguments', () => {
    expect(parseCommandLine(spec, ['--jobs', '3', 'a.mdx'])).toEqual({ values: { jobs: '3', check: false }, positionals: ['a.mdx'] });
    expect(parseCommandLine(spec, ['--jobs=4', '--check']).values).toEqual({ jobs: '4', check: true });
    expect(parseCommandLine(spec, []).values).toEqual({ jobs: '2', check: false });
  });

  it('refuses an unknown flag, naming it and giving the usage line', () => {
    const mistake = () => parseCommandLine(spec, ['--job=3']);
    expect(mistake).toThrow(UsageError);
    expect(mistake).toThrow(/'--job'/);
    expect(mistake).toThrow(/usage: npm run example -- \[--jobs N\]/);
  });

  it('refuses a value given to a boolean, a missing value, and plain arguments where none are taken', () => {
    expect(() => parseCommandLine(spec, ['--check=yes'])).toThrow(UsageError);
    expect(() => parseCommandLine(spec, ['--jobs'])).toThrow(UsageError);
    expect(() => parseCommandLine({ ...spec, positionals: false }, ['a.mdx'])).toThrow(UsageError);
  });
});
