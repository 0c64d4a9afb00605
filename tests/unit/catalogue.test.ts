/**
 * The content catalogue reads each content file once per process, and again only when it changes;
 * the render-once loader takes its files from it, and stores each body's Fact citations, numbered
 * while rendering, with the render (what route data reads).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoaderContext } from 'astro/loaders';

// Counts reads of files under this test's folder, whichever fs function the code uses.
const reads = vi.hoisted(() => ({ paths: [] as string[], under: '' }));
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  const count = (path: unknown) => {
    if (typeof path === 'string' && reads.under && path.startsWith(reads.under)) reads.paths.push(path);
  };
  return {
    ...real,
    readFileSync: ((path: unknown, ...rest: unknown[]) => {
      count(path);
      return (real.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
    }) as typeof real.readFileSync,
  };
});

const { contentFile, readContentFiles, contentHashOf } = await import('../../src/lib/content/catalogue');
const { contentHash } = await import('../../src/lib/content/contentHash');
const { prerenderedMdx } = await import('../../src/lib/markdown/renderOnceLoader');
const { importedModules, renderRoots } = await import('../../src/lib/markdown/renderDigest');
const { renderedCitations } = await import('../../src/lib/markdown/factCitations');

const root = mkdtempSync(join(tmpdir(), 'gis-catalogue-'));
const contentDir = join(root, 'src', 'content');
reads.under = contentDir;
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  reads.paths.length = 0;
});

const write = (path: string, text: string) => {
  mkdirSync(join(contentDir, path, '..'), { recursive: true });
  writeFileSync(join(contentDir, path), text);
};
const readsOf = (path: string) => reads.paths.filter((p) => p === join(contentDir, path)).length;

describe('the content catalogue', () => {
  it('reads, splits and hashes a file once, however often and through whichever entry point it is asked', () => {
    write('stories/en/a.mdx', '---\ntitle: A\n---\nAlpha.\n');
    write('stories/th/a.mdx', '---\ntitle: ก\nsourceHash: x\n---\nอัลฟา\n');
    const first = readContentFiles(contentDir, root);
    const again = readContentFiles(contentDir, root);
    const one = contentFile(join(contentDir, 'stories/en/a.mdx'), contentDir, root);
    expect(first.map((f) => f.file)).toEqual(['src/content/stories/en/a.mdx', 'src/content/stories/th/a.mdx']);
    expect(one.hash).toBe(contentHash('---\ntitle: A\n---\nAlpha.\n'));
    expect(contentHashOf(join(contentDir, 'stories/en/a.mdx'))).toBe(one.hash);
    expect(readsOf('stories/en/a.mdx')).toBe(1);
    expect(readsOf('stories/th/a.mdx')).toBe(1);
    // The same parsed frontmatter, not a second parse of the same text.
    expect(again[0]!.data).toBe(first[0]!.data);
    expect(first[0]).toMatchObject({ collection: 'stories', locale: 'en', slug: 'a', data: { title: 'A' }, body: '\n\n\nAlpha.\n' });
  });

  it('reads a file again when it changes, and gives its new frontmatter, body and hash', () => {
    write('stories/en/b.mdx', '---\ntitle: B\n---\nBeta.\n');
    const before = contentFile(join(contentDir, 'stories/en/b.mdx'), contentDir, root);
    write('stories/en/b.mdx', '---\ntitle: B, changed\n---\nBeta, changed.\n');
    const after = contentFile(join(contentDir, 'stories/en/b.mdx'), contentDir, root);
    expect(readsOf('stories/en/b.mdx')).toBe(2);
    expect(after.data).toEqual({ title: 'B, changed' });
    expect(after.parts?.body).toBe('Beta, changed.\n');
    expect(after.hash).not.toBe(before.hash);
  });

  it('keeps a file whose frontmatter cannot be read, with the reason as its data', () => {
    write('stories/en/broken.mdx', '---\ntitle: [unclosed\n---\nText\n');
    const file = contentFile(join(contentDir, 'stories/en/broken.mdx'), contentDir, root);
    expect(file.data).toBeInstanceOf(Error);
    expect((file.data as Error).message).toMatch(/^frontmatter is not valid YAML/);
    expect(file.parts).toBeUndefined();
    rmSync(join(contentDir, 'stories/en/broken.mdx'));
  });
});

describe('the render-once loader on the catalogue', () => {
  it('reads no file the catalogue already holds, and stores each body’s citations with its render', async () => {
    const project = join(import.meta.dirname, '..', '..');
    for (const path of importedModules(project, renderRoots)) cpSync(join(project, path), join(root, path), { recursive: true });
    const figures = "figures:\n  - source: report\n    text: '63'\n";
    write(
      'districts/en/x.mdx',
      `---\ntitle: X\nsources: [stats, report]\n${figures}---\nIt had <Fact source="report">80.3</Fact> and <Fact source="stats">30</Fact>.\n`,
    );
    write('districts/en/y.mdx', '---\ntitle: Y\nsources: [report]\n---\nNo figures.\n');
    readContentFiles(contentDir, root);
    type Stored = { id: string; rendered?: { metadata?: { frontmatter?: Record<string, unknown> } } };
    const stored = new Map<string, Stored>();
    const context = {
      logger: { info: () => undefined },
      config: { root: new URL(`file://${root}/`) },
      store: {
        keys: () => [...stored.keys()],
        get: (id: string) => stored.get(id),
        set: (e: Stored) => stored.set(e.id, e),
        delete: () => true,
      },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    } as unknown as LoaderContext;
    await prerenderedMdx({ base: 'src/content/districts', locales: ['en'] }).load(context);
    expect(readsOf('districts/en/x.mdx')).toBe(1);
    expect(readsOf('districts/en/y.mdx')).toBe(1);
    const citations = (id: string) =>
      renderedCitations({ remarkPluginFrontmatter: stored.get(id)?.rendered?.metadata?.frontmatter ?? {} }, id);
    // The frontmatter figure is 1; the body's figures follow it.
    expect(citations('en/x')).toEqual([
      { k: 2, n: [2], source: 'report', text: '80.3', context: 'It had 80.3 and 30.' },
      { k: 3, n: [1], source: 'stats', text: '30', context: 'It had 80.3 and 30.' },
    ]);
    expect(citations('en/y')).toEqual([]);
    // The catalogue's frontmatter is shared by the build: rendering leaves it as it was.
    expect(contentFile(join(contentDir, 'districts/en/x.mdx'), contentDir, root).data).not.toHaveProperty('factCitations');
  });
});
