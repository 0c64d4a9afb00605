/**
 * What a body rendered at content sync depends on besides its own file: the code that renders it
 * (our plugins, this folder, and every installed package, through npm's record of what it
 * installed, which copies of the project share with it through their node_modules link), the schema that
 * parses its frontmatter, and the UI string of its language the HTML contains (the footnote's
 * hidden label). The loader adds this to each file's text before taking its digest, so a change
 * to any of them re-renders every entry, and nothing else does.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useTranslations } from '../../i18n';
import type { Locale } from '../../i18n/locales';

/** Source files (from the project root) whose change changes rendered HTML or parsed data. */
export const renderSources = [
  'src/lib/remarkInertContent.ts',
  'src/lib/factCheck.ts',
  'src/lib/rehypeForeignScript.ts',
  'src/lib/foreignScript.ts',
  'src/lib/contentLocale.ts',
  'src/lib/entryId.ts',
  'src/lib/schemas.ts',
  'src/lib/sectors.ts',
  'src/i18n/locales.ts',
];

const prerenderFolder = 'src/lib/prerender';

// npm writes it on every install (`npm ci` included); the lock file stands in where it is missing.
const installed = ['node_modules/.package-lock.json', 'package-lock.json'];

/** npm's record of the packages installed under `root` (relative to it), if there is one. */
export function installedPackagesRecord(root: string): string | undefined {
  return installed.find((path) => existsSync(join(root, path)));
}

/** The text of every render source, in a fixed order. */
export function renderCodeText(root: string): string {
  const packages = installedPackagesRecord(root);
  const folder = readdirSync(join(root, prerenderFolder))
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => `${prerenderFolder}/${name}`);
  return [...(packages ? [packages] : []), ...renderSources, ...folder]
    .map((path) => `${path}\n${readFileSync(join(root, path), 'utf8')}`)
    .join('\n\0');
}

/** The UI strings a locale's rendered bodies contain. */
export function renderStrings(locale: Locale): string {
  return useTranslations(locale)('entry.factSource', { n: '{n}' });
}
