import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter, readContentFiles } from '../../src/lib/content/catalogue';
import { contentIntegrity } from '../../src/integrations/contentIntegrity';

const roots: string[] = [];
function tempProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'gis-content-'));
  roots.push(root);
  return root;
}
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Runs the real integration hook against a project folder, as `astro build` would. */
function runHook(root: string): void {
  const hook = contentIntegrity().hooks['astro:config:setup'];
  const config = { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) };
  const logger = { info: () => undefined };
  // The hook reads only config.root, config.srcDir and logger.info.
  (hook as unknown as (options: { config: typeof config; logger: typeof logger }) => void)({ config, logger });
}

describe('parseFrontmatter', () => {
  it('parses YAML between --- lines', () => {
    expect(parseFrontmatter('---\ntitle: A\nlist:\n  - b\n---\nbody')).toEqual({ title: 'A', list: ['b'] });
  });

  it('returns an error for a file without frontmatter or with broken YAML', () => {
    expect(parseFrontmatter('no frontmatter')).toBeInstanceOf(Error);
    expect(parseFrontmatter('---\ntitle: [unclosed\n---\n')).toBeInstanceOf(Error);
  });
});

// Each check parses every body (the figure rules): seconds on a busy machine.
describe('the build-time check on the real content', { timeout: 30_000 }, () => {
  const contentDir = join(import.meta.dirname, '..', '..', 'src', 'content');

  it('passes on the repository content', () => {
    const root = tempProject();
    cpSync(contentDir, join(root, 'src', 'content'), { recursive: true });
    expect(() => runHook(root)).not.toThrow();
  });

  it('fails naming the file and field when a story names district "pudong"', () => {
    const root = tempProject();
    cpSync(contentDir, join(root, 'src', 'content'), { recursive: true });
    const story = join(root, 'src/content/stories/en/ding-yi.mdx');
    writeFileSync(story, readText(story).replace(/^districts:.*$/m, 'districts: [pudong]'));
    expect(() => runHook(root)).toThrow(
      /src\/content\/stories\/en\/ding-yi\.mdx: field "districts\[0\]": "pudong" does not exist in districts/,
    );
  });

  it('fails when a title is missing, and on a duplicate slug', () => {
    const root = tempProject();
    cpSync(contentDir, join(root, 'src', 'content'), { recursive: true });
    const district = join(root, 'src/content/districts/en/songjiang.mdx');
    writeFileSync(district, readText(district).replace(/^title:.*\n/m, ''));
    writeFileSync(
      join(root, 'src/content/districts/en/xuhui-copy.mdx'),
      readText(join(root, 'src/content/districts/en/xuhui.mdx')).replace('---\n', '---\nslug: xuhui\n'),
    );
    expect(() => runHook(root)).toThrow(/songjiang\.mdx: field "title": Required/);
    expect(() => runHook(root)).toThrow(/xuhui(-copy)?\.mdx: field "slug": duplicate slug "xuhui"/);
  });

  it('fails naming file:line, the figure and the source when a figure is not what its source states', () => {
    const root = tempProject();
    cpSync(contentDir, join(root, 'src', 'content'), { recursive: true });
    const xuhui = join(root, 'src/content/districts/th/xuhui.mdx');
    const text = readText(xuhui);
    const line = text.split('\n').findIndex((l) => l.includes('<Fact source="ai-output">')) + 1;
    writeFileSync(xuhui, text.replace(/<Fact source="ai-output">([^<]*?)80,300/, '<Fact source="ai-output">$181,300'));
    expect(() => runHook(root)).toThrow(
      new RegExp(
        `src/content/districts/th/xuhui\\.mdx:${line}: "81,300" in the figure "[^"]*" is not stated by its source ai-output \\(src/content/sources\\.yaml:\\d+\\)`,
      ),
    );
  });

  it('reads collection, locale and slug from the folders', () => {
    const root = tempProject();
    mkdirSync(join(root, 'src/content/districts/th'), { recursive: true });
    writeFileSync(join(root, 'src/content/districts/th/xuhui.mdx'), '---\ntitle: x\n---\n');
    expect(readContentFiles(join(root, 'src/content'), root)).toEqual([
      expect.objectContaining({
        file: 'src/content/districts/th/xuhui.mdx',
        collection: 'districts',
        locale: 'th',
        slug: 'xuhui',
        data: { title: 'x' },
        body: '\n\n\n',
        lineOf: expect.any(Function),
      }),
    ]);
  });
});

import { readFileSync } from 'node:fs';
function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
