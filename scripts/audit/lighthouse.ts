/**
 * Lighthouse 12 (mobile preset) on a few representative pages, with Debian's Chromium. Slow and
 * noisy, so only in `npm run audit:site`, never in CI. Lighthouse exits 0 whatever the scores,
 * so we read the scores from its result.
 */
import { chromiumFlags, chromiumPath } from '../lib/browser';

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

export async function runLighthouse(baseUrl: string, paths: readonly string[]): Promise<LighthouseScores[]> {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: chromiumFlags,
  });
  const scores: LighthouseScores[] = [];
  try {
    for (const path of paths) {
      const result = await lighthouse(`${baseUrl}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories;
      const score = (id: string) => Math.round((categories?.[id]?.score ?? 0) * 100);
      scores.push({
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
      });
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
