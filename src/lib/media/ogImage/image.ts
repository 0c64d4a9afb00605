/**
 * The Open Graph image of a page: laid out in layers (layers.ts) on this thread, rasterised and
 * encoded on a worker thread (rasterPool.ts).
 */
import { layeredCardJob } from './layers';
import { rasteriseJob } from './rasterPool';
import type { OgImageInput } from './render';

/** The Open Graph image of a page as a 1200×630 PNG. */
export async function renderOgImage(input: OgImageInput): Promise<Buffer> {
  // Laid out here in layers (layers.ts); text is already paths (satori embeds glyph outlines), so
  // resvg needs no fonts at all. It runs on a worker thread (rasterPool.ts); with
  // build.concurrency the main thread lays out the next card meanwhile.
  const { job } = await layeredCardJob(input);
  return rasteriseJob(job);
}
