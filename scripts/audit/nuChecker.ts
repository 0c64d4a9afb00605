/**
 * The W3C Nu HTML Checker (vnu.jar from the vnu-jar package) over built pages, in one Java process
 * for all of them. Java comes from the machine (Debian's default-jre-headless, which .ci/run
 * installs); vnu-jar's own Java download is switched off (allowScripts in package.json).
 */
import { execFile, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDir, fileFor } from '../../tests/helpers/dist';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

export interface NuProblem {
  path: string;
  line: number;
  message: string;
}

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/**
 * A few seconds of checking: the quick (C1) compiler only and one garbage-collector thread halve
 * the CPU it takes (10.7 → 5.4 s for 250 pages here); C1's larger frames need the deeper stack.
 */
const jvmOptions = ['-Xss16m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/** The java binary, or an error saying how to get one (the check is never skipped). */
export function javaCommand(): string {
  const java = process.env.JAVA ?? 'java';
  try {
    execFileSync(java, ['-version'], { stdio: 'ignore' });
  } catch {
    throw new Error('The Nu HTML Checker needs Java: apt-get install default-jre-headless (or set JAVA to a java binary)');
  }
  return java;
}

/** Every error (not warning) vnu reports for the pages, by site path; [] when all pass. */
export async function nuCheck(paths: readonly string[], root = distDir): Promise<NuProblem[]> {
  const files = new Map<string, string>();
  const problems: NuProblem[] = [];
  for (const path of paths) {
    const file = fileFor(path, root);
    if (file) files.set(resolve(file), path);
    else problems.push({ path, line: 0, message: 'no such page' });
  }
  if (!files.size) return problems;
  // vnu exits 1 when it finds errors; its JSON report is on stderr either way.
  const stderr = await new Promise<string>((resolve, reject) => {
    execFile(
      javaCommand(),
      [...jvmOptions, '-jar', vnuJar, '--format', 'json', '--errors-only', ...files.keys()],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _out, err) => {
        if (error && !err.trim().startsWith('{')) reject(new Error(`vnu failed: ${err || error.message}`));
        else resolve(err);
      },
    );
  });
  const { messages } = JSON.parse(stderr) as { messages: NuMessage[] };
  for (const m of messages) {
    if (m.type !== 'error' && m.subType !== 'fatal') continue;
    const file = m.url ? fileURLToPath(m.url) : '';
    problems.push({
      path: files.get(file) ?? `/${relative(resolve(root), file).split(sep).join('/')}`,
      line: m.lastLine ?? 0,
      message: m.message,
    });
  }
  return problems;
}
