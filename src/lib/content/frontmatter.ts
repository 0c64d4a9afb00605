/**
 * The one frontmatter splitter: a content file is `---`, YAML, `---`, then its body. Every reader
 * of content files goes through it (the catalogue for the build, the canonical formatter and the
 * editor in the browser), so they cannot disagree about where frontmatter ends. No Node APIs.
 */
import { parse } from 'yaml';

export type Frontmatter = Record<string, unknown>;

export interface ContentFileParts {
  data: Frontmatter;
  body: string;
}

export interface SplitFile {
  /** The YAML between the fences ('' when empty). */
  yaml: string;
  /** The body exactly as written after the closing fence. */
  body: string;
  /** Lines the frontmatter takes, fences included: the body starts on the line after. */
  lines: number;
  /** Where the YAML starts in the file's text (after the opening fence's line). */
  yamlStart: number;
}

const fence = /^---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/;

/** Splits a file at its frontmatter fences; undefined when it does not start with a `---` block. */
export function splitFrontmatter(text: string): SplitFile | undefined {
  const match = fence.exec(text);
  if (!match) return undefined;
  const yamlStart = match[0].indexOf('\n') + 1;
  return { yaml: match[1] ?? '', body: text.slice(match[0].length), lines: match[0].split('\n').length - 1, yamlStart };
}

/** The body with the frontmatter blanked to empty lines, so line numbers in it are the file's. */
export function blankedBody(split: SplitFile): string {
  return '\n'.repeat(split.lines) + split.body;
}

/** Splits a content file into its frontmatter (parsed) and its body (byte for byte); throws, saying why, on a bad file. */
export function parseContentFile(text: string): ContentFileParts {
  const split = splitFrontmatter(text);
  if (!split) throw new Error('no frontmatter: the file must start with a --- block');
  let parsed: unknown;
  try {
    parsed = parse(split.yaml);
  } catch (error) {
    throw new Error(`frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) throw new Error('the frontmatter is not a YAML mapping');
  return { data: (parsed ?? {}) as Frontmatter, body: split.body };
}
