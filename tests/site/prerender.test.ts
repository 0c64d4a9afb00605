/**
 * MDX rendered once at content sync (src/lib/prerender/) gives the same pages as @astrojs/mdx,
 * the reference: a copy of the project is built with CONTENT_RENDER=mdx (the glob loader, every
 * entry compiled by Vite as an MDX module) and every page of it must have the bytes of the page
 * in the suite's dist/, which the prerendering loader built. Every entry page of the real content,
 * in every locale, is among the pages compared. Normalised: nothing.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyEnv, copyProject } from '../helpers/fixtureBuild';
import { assertBuilt, builtPages, distDir, fileFor } from '../helpers/dist';
import { loadEntries } from '../helpers/realContent';
import { collections } from '../../src/lib/collections/metadata';
import { collectionNames } from '../../src/lib/content/schemas';
import { buildLocales } from '../../src/i18n/buildLocales';
import { splitEntryId } from '../../src/lib/content/entryId';

let root = '';
let reference = '';

beforeAll(async () => {
  assertBuilt();
  root = copyProject();
  reference = join(root, 'dist');
  // The preview-image cache is the main build's (content-addressed): a copy re-renders none. Only
  // pages are compared, so the copy builds no search index (Pagefind writes beside pages, never in them).
  const build = await buildCopy(root, copyEnv(root, { CONTENT_RENDER: 'mdx', SKIP_SEARCH_INDEX: '1' }));
  expect(build.status, build.output.slice(-4000)).toBe(0);
}, 600_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The content store a build left: where Astro keeps each entry (rendered HTML, or a deferred MDX module). */
const storeOf = (cacheDir: string) => readFileSync(join(cacheDir, 'data-store.json'), 'utf8');

describe('MDX rendered at content sync, against @astrojs/mdx', () => {
  it('the reference compiled every entry as an MDX module, the suite’s build none', () => {
    expect(storeOf(join(root, '.astro-cache'))).toContain('deferredRender');
    const suiteCache = process.env.ASTRO_CACHE_DIR ?? join(import.meta.dirname, '..', '..', 'node_modules', '.astro');
    // Without the suite build's store there is nothing to compare: fail, naming what is missing.
    const store = join(suiteCache, 'data-store.json');
    expect(existsSync(store), `${store} is missing: run \`npm run build\` first`).toBe(true);
    expect(storeOf(suiteCache)).not.toContain('deferredRender');
  });

  it('every entry page of the real content is built both ways', () => {
    const pages = new Set(builtPages(reference));
    const expected = collectionNames.flatMap((name) =>
      loadEntries()
        [name].map((entry) => splitEntryId(entry.id))
        .filter(({ locale }) => locale === 'en')
        .flatMap(({ slug }) => buildLocales().map((locale) => `/${locale}${collections[name].route(slug)}`)),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.filter((path) => !pages.has(path))).toEqual([]);
    expect(builtPages(distDir)).toEqual(builtPages(reference));
  });

  it('every page has the same HTML', () => {
    const differing = builtPages(reference).filter((path) => {
      const ours = fileFor(path, distDir);
      const theirs = fileFor(path, reference);
      return !ours || !theirs || !readFileSync(ours).equals(readFileSync(theirs));
    });
    expect(differing).toEqual([]);
  });
});
