/** html-validate over built pages with the project's .htmlvalidate.json (recommended preset). */
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { distDir, fileFor } from '../../tests/helpers/dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());

export interface HtmlProblem {
  path: string;
  rule: string;
  message: string;
  line: number;
}

export async function validatePage(path: string, root = distDir): Promise<HtmlProblem[]> {
  const file = fileFor(path, root);
  if (!file) return [{ path, rule: 'missing', message: 'no such page', line: 0 }];
  const report = await validator.validateFile(file);
  return report.results.flatMap((result) =>
    result.messages.filter((m) => m.severity === 2).map((m) => ({ path, rule: m.ruleId, message: m.message, line: m.line })),
  );
}
