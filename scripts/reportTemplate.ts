/**
 * Report prose lives in Markdown files beside the scripts that write it, with `{{name}}` where a
 * measured value goes, so a sentence can be read and edited as text rather than as a string in code.
 */
import { readFileSync } from 'node:fs';

/** Fills `{{name}}` placeholders; a placeholder without a value, or a value without a place, is a mistake. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>, name = 'template'): string {
  const used = new Set<string>();
  const filled = template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`${name}: no value for {{${key}}}`);
    used.add(key);
    return String(values[key]);
  });
  const unused = Object.keys(values).filter((key) => !used.has(key));
  if (unused.length) throw new Error(`${name}: no place for ${unused.map((key) => `{{${key}}}`).join(', ')}`);
  return filled;
}

/** A template file beside a script (`new URL('./x.md', import.meta.url)`), without its final newline, filled. */
export function reportTemplate(file: URL, values: Readonly<Record<string, string | number>> = {}): string {
  return fillTemplate(readFileSync(file, 'utf8').replace(/\n$/, ''), values, file.pathname);
}
