/**
 * SVG to PNG on worker threads: resvg parses and rasterises, sharp (libvips) encodes the PNG
 * (rasterCore.ts says how), off the build's one main thread, which meanwhile lays out the next
 * card and renders pages. resvg's own PNG encoder took as long again and wrote files 60 % larger.
 *
 * The worker is plain JavaScript given as a string, so it runs the same from the TypeScript
 * sources (tests), from Astro's bundled build output, and in a copy of the project; it loads only
 * resvg and sharp, resolved from this project's node_modules.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { rasterCoreSource, type RasterJob } from './rasterCore';

const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvgPath);
const sharp = require(workerData.sharpPath);
const core = (${rasterCoreSource})(Resvg, sharp);
// One job at a time: the core reuses one canvas between jobs.
let queue = Promise.resolve();
parentPort.on('message', ({ id, job }) => {
  queue = queue.then(() =>
    core.run(job).then(
      (png) => parentPort.postMessage({ id, png }),
      (error) => parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
    ),
  );
});
`;

interface Reply {
  id: number;
  png?: Uint8Array;
  error?: string;
}

interface Pending {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

class RasterWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();

  constructor(paths: WorkerPaths, onExit: (worker: RasterWorker) => void) {
    this.worker = new Worker(workerSource, { eval: true, workerData: paths });
    // An idle worker must not keep the build process alive; a busy one must (see send).
    this.worker.unref();
    this.worker.on('message', ({ id, png, error }: Reply) => {
      const job = this.pending.get(id);
      this.pending.delete(id);
      if (this.pending.size === 0) this.worker.unref();
      if (!job) return;
      if (png) job.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
      else job.reject(new Error(`resvg could not render the preview image: ${error ?? 'no reason given'}`));
    });
    const fail = (error: Error) => {
      for (const job of this.pending.values()) job.reject(error);
      this.pending.clear();
      onExit(this);
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the preview-image worker stopped (exit code ${code})`)));
  }

  get load(): number {
    return this.pending.size;
  }

  send(id: number, job: RasterJob): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      try {
        this.worker.postMessage({ id, job });
      } catch (error) {
        // Options that cannot be copied to a thread: nothing was sent, so nothing is awaited.
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
    });
  }
}

const poolSize = Math.max(1, Math.min(4, availableParallelism()));
const workers: RasterWorker[] = [];
let nextId = 0;
/** Where the worker finds its packages (it cannot resolve from an eval'd string). */
interface WorkerPaths {
  resvgPath: string;
  sharpPath: string;
}
let paths: WorkerPaths | undefined;

/** Renders `svg` to RGBA PNG bytes on the least busy worker (started on first use). */
export function rasterise(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
  return rasteriseJob({ kind: 'svg', svg, options });
}

/** Draws a job of rasterCore.ts to PNG bytes on the least busy worker (started on first use). */
export function rasteriseJob(job: RasterJob): Promise<Buffer> {
  if (!paths) {
    const require = createRequire(import.meta.url);
    paths = { resvgPath: require.resolve('@resvg/resvg-js'), sharpPath: require.resolve('sharp') };
    // sharp's rule for worker threads on glibc Linux: the main thread loads it first, so its shared
    // libraries stay loaded while workers come and go (a replaced worker would otherwise fail with
    // "Module did not self-register").
    require(paths.sharpPath);
  }
  if (workers.length < poolSize && workers.every((w) => w.load > 0)) {
    workers.push(
      new RasterWorker(paths, (gone) => {
        // A crashed worker is replaced on the next call rather than reused.
        const index = workers.indexOf(gone);
        if (index >= 0) workers.splice(index, 1);
      }),
    );
  }
  const idlest = workers.reduce((best, w) => (w.load < best.load ? w : best));
  nextId += 1;
  return idlest.send(nextId, job);
}
