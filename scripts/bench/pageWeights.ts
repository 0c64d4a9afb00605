/**
 * The largest HTML page of each template (gzip, as a reader downloads it), for the benchmark: the
 * quality bar's 50 KB must hold at any size, so a list or map that grows with the content shows
 * here first.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { builtPages, fileFor, templateOf } from '../../tests/helpers/dist';

export interface LargestPage {
  template: string;
  path: string;
  gzipBytes: number;
}

/** Heaviest first. */
export function largestPagePerTemplate(root: string): LargestPage[] {
  const largest = new Map<string, LargestPage>();
  for (const path of builtPages(root)) {
    const file = fileFor(path, root);
    if (!file) continue;
    const gzipBytes = gzipSync(readFileSync(file)).length;
    const template = templateOf(path);
    if (gzipBytes > (largest.get(template)?.gzipBytes ?? -1)) largest.set(template, { template, path, gzipBytes });
  }
  return [...largest.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
}
