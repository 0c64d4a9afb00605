/** How a CI script hands results to GitHub Actions: step outputs, the job summary, annotations. */
import { appendFileSync } from 'node:fs';

/** Adds `name=value` lines to the step's outputs (printed instead when run by hand). */
export function setOutputs(outputs: Record<string, string>): void {
  const lines = Object.entries(outputs).map(([name, value]) => `${name}=${value}\n`);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, lines.join(''));
  else process.stdout.write(lines.join(''));
}

/** Adds Markdown to the job's summary page (nothing when run by hand). */
export function addSummary(markdown: string): void {
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
}

/** An annotation on the run (`::notice::`, `::error::`), readable as plain text in a terminal too. */
export const annotate = (level: 'notice' | 'error', title: string, message: string) => console.log(`::${level} title=${title}::${message}`);
