import { mkdtempSync, mkdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { renderBody } from '../../src/lib/markdown/renderBody';
import { toAstroHtml } from '../../src/lib/markdown/astroHtml';
import { prerenderedMdx } from '../../src/lib/markdown/renderOnceLoader';
import { importedModules, renderRoots } from '../../src/lib/markdown/renderDigest';

const sources = { sources: ['report'] };
const render = (body: string, locale: 'en' | 'th' = 'en', path = `/p/src/content/stories/${locale}/x.mdx`) =>
  renderBody(body, { path, frontmatter: sources, locale }).then((r) => r.html);

describe('renderBody: an MDX body as @astrojs/mdx would render it', () => {
  it('writes a Fact as its component does, with the footnote label in the entry’s language', async () => {
    expect(await render('It raised <Fact source="report">80.3 billion yuan</Fact> in total.')).toBe(
      '<p>It raised <span id="fact-1" class="fact">80.3 billion yuan<sup><a href="#source-1" class="fact-ref no-underline"><span aria-hidden="true">[1]</span><span class="sr-only">Source 1</span></a></sup></span> in total.</p>',
    );
    expect(await render('ได้ <Fact source="report">80.3</Fact>', 'th')).toContain('<span class="sr-only">แหล่งที่มา 1</span>');
  });

  it('gives two Facts alone on a line a paragraph each, as MDX’s unravel step does', async () => {
    const html = await render('<Fact source="report">one</Fact> <Fact source="report">two</Fact>');
    expect(html.match(/<p>/g)).toHaveLength(2);
  });

  it('escapes text and attributes as Astro’s JSX runtime does', async () => {
    expect(await render('Fish & "chips" <b>bold</b> [a](https://x.org/?a=1&b=2 "t&\'")')).toBe(
      `<p>Fish &amp; “chips” &lt;b&gt;bold&lt;/b&gt; <a href="https://x.org/?a=1&b=2" title="t&#38;'">a</a></p>`,
    );
    expect(toAstroHtml({ type: 'element', tagName: 'br', properties: {}, children: [] })).toBe('<br/>');
    expect(toAstroHtml({ type: 'text', value: `'"` })).toBe('&#39;&quot;');
  });

  it('gives headings Astro’s ids and wraps Chinese in Thai text', async () => {
    expect(await render('## Where to go\n\nText', 'en')).toContain('<h2 id="where-to-go">Where to go</h2>');
    expect(await render('ย่าน 徐汇 ดี', 'th')).toContain('<span lang="zh-Hans">徐汇</span>');
  });

  it('refuses what only @astrojs/mdx could render, naming the line', async () => {
    await expect(render('Text\n\n```js\nx\n```')).rejects.toThrow(/x\.mdx:3: a code block/);
    await expect(render('![map](./map.png)')).rejects.toThrow(/a local image/);
    await expect(render('Value: {secret}')).rejects.toThrow(/expressions are not allowed/);
  });
});

/** A store and the parts of the loader context the loader uses, counting what it renders. */
function fakeContext(root: string) {
  type Stored = { id: string; digest?: string | number; rendered?: { html: string; metadata?: { frontmatter?: Record<string, unknown> } } };
  const entries = new Map<string, Stored>();
  let sets = 0;
  const logs: string[] = [];
  const context = {
    logger: { info: (message: string) => logs.push(message) },
    config: { root: new URL(`file://${root}/`) },
    store: {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      set: (entry: Stored) => {
        sets++;
        entries.set(entry.id, entry);
        return true;
      },
      delete: (id: string) => entries.delete(id),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
  } as unknown as LoaderContext;
  return { context, entries, sets: () => sets, logs };
}

describe('prerenderedMdx: renders an entry again only when its digest changes', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('renders every file once, then only a changed one, and drops a deleted one', async () => {
    root = mkdtempSync(join(tmpdir(), 'gis-prerender-'));
    const project = join(import.meta.dirname, '..', '..');
    for (const path of importedModules(project, renderRoots)) cpSync(join(project, path), join(root, path), { recursive: true });
    const folder = join(root, 'src/content/stories');
    for (const locale of ['en', 'th']) mkdirSync(join(folder, locale), { recursive: true });
    const write = (path: string, text: string) => writeFileSync(join(folder, path), `---\ntitle: T\n---\n${text}\n`);
    write('en/a.mdx', 'Alpha');
    write('en/b.mdx', 'Beta');
    write('th/a.mdx', 'อัลฟา');
    const loader = prerenderedMdx({ base: 'src/content/stories', locales: ['en', 'th'] });
    const { context, entries, sets, logs } = fakeContext(root);

    await loader.load(context);
    expect(sets()).toBe(3);
    expect(entries.get('en/a')?.rendered?.html).toBe('<p>Alpha</p>');
    expect(logs.at(-1)).toBe('src/content/stories: 3 bodies rendered, 0 unchanged');

    await loader.load(context);
    expect(sets()).toBe(3);
    expect(logs.at(-1)).toBe('src/content/stories: 0 bodies rendered, 3 unchanged');

    write('en/b.mdx', 'Beta, changed');
    rmSync(join(folder, 'th/a.mdx'));
    await loader.load(context);
    expect(sets()).toBe(4);
    expect(entries.get('en/b')?.rendered?.html).toBe('<p>Beta, changed</p>');
    expect([...entries.keys()].sort()).toEqual(['en/a', 'en/b']);

    // Entries left out of rendering keep their data and no HTML; asking for them later renders them.
    const dataOnly = prerenderedMdx({ base: 'src/content/stories', locales: ['en', 'th'], renders: (id) => id !== 'en/a' });
    const other = fakeContext(root);
    await dataOnly.load(other.context);
    expect(other.entries.get('en/a')?.rendered).toBeUndefined();
    expect(other.logs.at(-1)).toBe(
      'src/content/stories: 1 body rendered, 0 unchanged, 1 read without their body (not shown by this shard)',
    );
    expect(other.entries.get('en/b')?.rendered?.html).toBe('<p>Beta, changed</p>');
    await loader.load(other.context);
    expect(other.entries.get('en/a')?.rendered?.html).toBe('<p>Alpha</p>');

    // A change to the rendering code renders everything again.
    writeFileSync(join(root, 'src/lib/markdown/remarkInertContent.ts'), '// changed\n', { flag: 'a' });
    await loader.load(context);
    expect(sets()).toBe(6);

    // So does a change to a module the renderer reaches only through another one.
    expect(importedModules(root, renderRoots)).toContain('src/lib/markdown/foreignScript.ts');
    writeFileSync(join(root, 'src/lib/markdown/foreignScript.ts'), '// changed\n', { flag: 'a' });
    await loader.load(context);
    expect(sets()).toBe(8);
  });
});

describe('importedModules: the render digest follows imports, not a list', () => {
  it('finds a module added behind another one, and nothing the roots do not reach (a type-only import loads nothing)', () => {
    const root = mkdtempSync(join(tmpdir(), 'gis-imports-'));
    mkdirSync(join(root, 'src/a'), { recursive: true });
    writeFileSync(
      join(root, 'src/a/root.ts'),
      "import { b } from './b';\nimport type { T } from '../t';\nimport 'node:fs';\nconst later = () => import('./lazy');\n",
    );
    writeFileSync(join(root, 'src/a/lazy.ts'), 'export const lazy = 1;\n');
    writeFileSync(join(root, 'src/a/b.ts'), "export { c } from './plugins/c.ts';\n");
    mkdirSync(join(root, 'src/a/plugins'));
    writeFileSync(join(root, 'src/a/plugins/c.ts'), 'export const c = 1;\n');
    writeFileSync(join(root, 'src/t.ts'), 'export type T = 1;\n');
    writeFileSync(join(root, 'src/unrelated.ts'), 'export const u = 1;\n');
    try {
      expect(importedModules(root, ['src/a/root.ts'])).toEqual(['src/a/b.ts', 'src/a/lazy.ts', 'src/a/plugins/c.ts', 'src/a/root.ts']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
