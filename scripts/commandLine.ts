/**
 * The one way our npm scripts read their arguments: node:util's parseArgs, strict, so a mistyped
 * or unknown flag stops the script with its usage line instead of being silently ignored (a
 * benchmark run for an hour with the defaults because of a typo is the failure this prevents).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What a script accepts: its options and whether it takes plain arguments (file names). */
export interface CommandLine<O extends Options> {
  /** The usage line printed on a mistake and for --help, e.g. `npm run bench -- [--sizes=real,1000]`. */
  usage: string;
  options: O;
  positionals?: boolean;
}

export type ParsedCommandLine<O extends Options> = ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>>;

/** A mistake on the command line, its message ending with the usage line. */
export class UsageError extends Error {}

/** Parses `args` (the script's arguments unless told), throwing a UsageError on anything it does not accept. */
export function parseCommandLine<const O extends Options>(
  spec: CommandLine<O>,
  args: readonly string[] = process.argv.slice(2),
): ParsedCommandLine<O> {
  try {
    return parseArgs({ args: [...args], options: spec.options, strict: true, allowPositionals: spec.positionals ?? false });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nusage: ${spec.usage}`);
  }
}

/**
 * For a script's top level: its parsed arguments; on --help the usage line and exit 0; on a
 * mistake the message and usage line on stderr and exit 2.
 */
export function commandLine<const O extends Options>(
  spec: CommandLine<O>,
  args: readonly string[] = process.argv.slice(2),
): ParsedCommandLine<O> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`usage: ${spec.usage}`);
    process.exit(0);
  }
  try {
    return parseCommandLine(spec, args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
