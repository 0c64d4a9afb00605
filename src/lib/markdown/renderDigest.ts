/**
 * What a body rendered at content sync depends on besides its own file: the code that renders it
 * (every project module the loader imports, and every installed package, through npm's record of what it
 * installed, which copies of the project share with it through their node_modules link), the schema that
 * parses its frontmatter, and the UI string of its language the HTML contains (the footnote's
 * hidden label). The loader adds this to each file's text before taking its digest, so a change
 * to any of them re-renders every entry, and nothing else does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { useTranslations } from '../../i18n';
import type { Locale } from '../../i18n/locales';

/**
 * Where the code that renders a body starts: the loader (which imports the renderer and its
 * plugins) and the schemas that parse frontmatter. Every project module these import, directly or
 * not, is part of the digest: a new plugin file counts the moment it is imported, with no list to
 * keep by hand.
 */
export const renderRoots = ['src/lib/markdown/renderOnceLoader.ts', 'src/lib/content/schemas.ts'];

// npm writes it on every install (`npm ci` included); the lock file stands in where it is missing.
const installed = ['node_modules/.package-lock.json', 'package-lock.json'];

/** npm's record of the packages installed under `root` (relative to it), if there is one. */
export function installedPackagesRecord(root: string): string | undefined {
  return installed.find((path) => existsSync(join(root, path)));
}

// `import … from './x'`, `export … from './x'`, `import './x'` and `import('./x')`. A type-only
// import (`import type …`) is erased when the code runs, so it loads nothing and is not counted.
const importSpecifier = /\b(?:(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?|import\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const extensions = ['', '.ts', '.mjs', '.js', '.json', '/index.ts'];

/** Project files (from the root) that `roots` import, transitively, with the roots; sorted. */
export function importedModules(root: string, roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, , typeOnly, specifier] of readFileSync(join(root, file), 'utf8').matchAll(importSpecifier)) {
      if (typeOnly) continue;
      const base = posix.join(posix.dirname(file), specifier!);
      const found = extensions.map((ext) => base + ext).find((path) => existsSync(join(root, path)) && path.match(/\.[a-z]+$/));
      if (found) visit(found);
    }
  };
  roots.forEach(visit);
  return [...seen].sort();
}

/** The text of every render source, in a fixed order. */
export function renderCodeText(root: string): string {
  const packages = installedPackagesRecord(root);
  return [...(packages ? [packages] : []), ...importedModules(root, renderRoots)]
    .map((path) => `${path}\n${readFileSync(join(root, path), 'utf8')}`)
    .join('\n\0');
}

/** The UI strings a locale's rendered bodies contain. */
export function renderStrings(locale: Locale): string {
  return useTranslations(locale)('entry.factSource', { n: '{n}' });
}
