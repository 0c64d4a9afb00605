/**
 * Lighthouse 12 (mobile preset) on a few representative pages, with Debian's Chromium: only in
 * `npm run audit:lighthouse`, never in CI (slow and noisy). Lighthouse and its 180 MB tree are not
 * in the project's install: npx fetches the pinned CLI from the npm registry into its own cache on
 * first use. Lighthouse exits 0 whatever the scores, so we read the scores from its JSON result.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromiumFlags, chromiumPath } from '../../tests/helpers/browser';

export const lighthouseVersion = '12.8.2';

export interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

export const lighthouseTargets = {
  performance: 95,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
};

interface LighthouseResult {
  categories: Record<string, { score: number | null } | undefined>;
}

export async function runLighthouse(baseUrl: string, paths: readonly string[]): Promise<LighthouseScores[]> {
  const scores: LighthouseScores[] = [];
  for (const path of paths) {
    const { stdout } = await promisify(execFile)(
      'npx',
      [
        '--yes',
        `lighthouse@${lighthouseVersion}`,
        `${baseUrl}${path}`,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        '--only-categories=performance,accessibility,best-practices,seo',
        `--chrome-flags=${chromiumFlags.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 256 * 1024 * 1024 },
    );
    const { categories } = JSON.parse(stdout) as LighthouseResult;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    scores.push({
      path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
    });
  }
  return scores;
}
