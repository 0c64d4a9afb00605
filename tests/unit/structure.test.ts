/**
 * The structure architecture.md draws, held against the code: what config time loads, which
 * folders may import which, and how full src/lib's root may get. Each rule failed on the code
 * this test was written against (issue 30's measurements), so each can fail again.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedModules } from '../../src/lib/markdown/renderDigest';

const root = join(import.meta.dirname, '..', '..');

/** Every file under `dir` (from the root) whose name matches `pattern`. */
function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name).split('\\').join('/'))
    .filter((path) => pattern.test(path) && statSync(join(root, path)).isFile());
}

/** The module specifiers a file imports (static, dynamic and side-effect imports). */
function specifiers(path: string): string[] {
  const text = readFileSync(join(root, path), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/** Whether `path`'s import `specifier` lands under the folder `folder` (from the root). */
const landsIn = (path: string, specifier: string, folder: string) =>
  specifier.startsWith('.') &&
  relative(root, join(root, path, '..', specifier))
    .split('\\')
    .join('/')
    .startsWith(`${folder}/`);

describe('the structure of the code', () => {
  it('astro.config.mjs loads at most 40 project modules (it read 85 before the registry had a metadata layer)', () => {
    const modules = importedModules(root, ['astro.config.mjs']).filter(
      (path) => /\.(ts|mjs|js)$/.test(path) && path !== 'astro.config.mjs',
    );
    // Config time reads metadata, never the views, route data, maps or structured data.
    expect(modules.filter((path) => /src\/lib\/(collections\/views|maps|structuredData)\//.test(path))).toEqual([]);
    expect(modules.length).toBeLessThanOrEqual(40);
  });

  it('site code never imports the npm scripts folder', () => {
    const site = filesUnder('src', /\.(ts|astro|mjs)$/);
    expect(site.length).toBeGreaterThan(50);
    const offenders = site.flatMap((path) =>
      specifiers(path)
        .filter((s) => landsIn(path, s, 'scripts'))
        .map((s) => `${path} → ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('tests take their helpers from tests/helpers, not from scripts/', () => {
    const tests = filesUnder('tests', /\.ts$/).filter((path) => !path.startsWith('tests/fixtures/'));
    const offenders = tests.flatMap((path) =>
      specifiers(path)
        .filter((s) => landsIn(path, s, 'scripts/lib'))
        .map((s) => `${path} → ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it("src/lib's root holds at most 12 files: the rest live in a folder named for their concern", () => {
    const rootFiles = readdirSync(join(root, 'src/lib'), { withFileTypes: true }).filter((entry) => entry.isFile());
    expect(rootFiles.length).toBeLessThanOrEqual(12);
  });

  // scripts/audit/browserAudit.ts loads a page once and resizes it for the next screen; that is the
  // page a reader on that screen loads only while the layout is CSS's alone.
  it("no reader's script reads the screen's size (the audit resizes a loaded page rather than loading it again)", () => {
    const readsViewport =
      /matchMedia|inner(Width|Height)|outer(Width|Height)|visualViewport|screen\.(width|height)|['"]resize['"]|ResizeObserver|client(Width|Height)/;
    expect(readsViewport.test("window.addEventListener('resize', layout)")).toBe(true);
    // The content editor is a tool for editors, not audited as a reader's page.
    const readers = filesUnder('src', /\.(ts|astro)$/).filter((path) => !path.startsWith('src/client/admin/'));
    expect(readers.filter((path) => readsViewport.test(readFileSync(join(root, path), 'utf8')))).toEqual([]);
  });
});
