/**
 * The one fixture build the suite shares: a copy of the project with every fixture of
 * tests/fixtures/site/ added, built once (with its search index) and reused by each test file
 * that needs a modified project: unsafe content, growth (a new district, site and collection) and
 * translation status (a current and an outdated translation). Each test asserts on its own part.
 *
 * The copy is kept in the system's temp folder under a digest of everything the build reads, so
 * the test files that share it (run one after the other) build it once, and a rerun with nothing
 * changed builds nothing. A failed build is recorded too, so every file reports the same output
 * instead of building again.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildCopy, copyEnv, copyProjectInto } from './fixtureBuild';
import { contentHash, stampSourceHash } from '../../src/lib/content/contentHash';
import { defaultLocale, localeCodes } from '../../src/i18n/locales';

const projectRoot = join(import.meta.dirname, '..', '..');
export const fixtureContent = join(projectRoot, 'tests', 'fixtures', 'site', 'content');

/** The sentence added to the English fixture-outdated entry after its translations were stamped. */
export const addedAfterTranslation = 'A sentence added to the English text after translation.';

export interface FixtureSite {
  /** The copy of the project, with the fixtures in src/. */
  root: string;
  /** Its built site. */
  dist: string;
}

const inputs = [
  'src',
  'public',
  'vendor',
  'tests/fixtures/site',
  'tests/helpers/fixtureSite.ts',
  'astro.config.mjs',
  'tailwind.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

function filesBelow(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesBelow(join(path, name)));
}

/** A digest of every file the fixture build reads. */
function inputDigest(): string {
  const hash = createHash('sha256');
  for (const input of inputs)
    for (const file of filesBelow(join(projectRoot, input)).sort())
      hash.update(relative(projectRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Replaces `anchor` in a file of the copy, failing loudly if the anchor the guide's steps edit moved. */
function edit(root: string, file: string, anchor: string, replacement: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(anchor))
    throw new Error(`${file} no longer contains ${JSON.stringify(anchor)}: update docs/developing.md and tests/helpers/fixtureSite.ts`);
  writeFileSync(path, text.replace(anchor, replacement));
}

/** docs/developing.md's "How to add a collection": a schema, its metadata and views entries and its UI strings (the entry is a fixture file). */
function addNotesCollection(root: string): void {
  edit(
    root,
    'src/lib/content/schemas.ts',
    'export const collectionSchemas = {\n',
    'export const collectionSchemas = {\n  notes: baseSchema,\n',
  );
  edit(
    root,
    'src/lib/collections/metadata.ts',
    '} satisfies { [C in CollectionName]: CollectionMetadata<C> };',
    `  notes: {
    route: (slug) => \`/notes/\${slug}/\`,
    typeLabel: 'types.note' as UIKey,
    searchType: 'note',
    navLabel: 'nav.notes' as UIKey,
    index: { route: '/notes/', title: 'nav.notes' as UIKey, description: 'nav.notes' as UIKey, pageSize: 24 },
    feed: true,
    editor: { fieldLabels: 'entry', create: true },
  },
} satisfies { [C in CollectionName]: CollectionMetadata<C> };`,
  );
  edit(
    root,
    'src/lib/collections/views.ts',
    '} satisfies { [C in CollectionName]: CollectionViews<C> };',
    `  notes: { view: textOnlyView, index: cardsIndex('notes'), structuredData: webPageStructuredData },
} satisfies { [C in CollectionName]: CollectionViews<C> };`,
  );
  edit(
    root,
    'src/lib/collections/views.ts',
    "import { cardsIndex, webPageStructuredData } from './views/common';",
    "import { cardsIndex, textOnlyView, webPageStructuredData } from './views/common';",
  );
  for (const code of localeCodes) {
    const file = join(root, 'src', 'i18n', 'ui', `${code}.json`);
    const strings = JSON.parse(readFileSync(file, 'utf8')) as { types: Record<string, string>; nav: Record<string, string> };
    strings.types.note = 'Briefing note';
    strings.nav.notes = 'Briefing notes';
    writeFileSync(file, JSON.stringify(strings, null, 2));
  }
}

/**
 * Translation status: every translation of `fixture-current` and `fixture-outdated` records the
 * English entry's hash, then a sentence is added to the English `fixture-outdated`, as an editor
 * changing the English text after translation would.
 */
function stampTranslations(root: string): void {
  const file = (locale: string, slug: string) => join(root, 'src', 'content', 'sites', locale, `${slug}.mdx`);
  for (const slug of ['fixture-current', 'fixture-outdated']) {
    const hash = contentHash(readFileSync(file(defaultLocale, slug), 'utf8'));
    for (const locale of localeCodes.filter((l) => l !== defaultLocale))
      writeFileSync(file(locale, slug), stampSourceHash(readFileSync(file(locale, slug), 'utf8'), hash));
  }
  const outdated = file(defaultLocale, 'fixture-outdated');
  writeFileSync(outdated, `${readFileSync(outdated, 'utf8')}\n${addedAfterTranslation}\n`);
}

/** docs/editing.md's "How to add a source": the fixtures' records appended to the copy's register. */
function addFixtureSources(root: string): void {
  const register = join(root, 'src', 'content', 'sources.yaml');
  const extra = readFileSync(join(projectRoot, 'tests', 'fixtures', 'site', 'sources.yaml'), 'utf8');
  writeFileSync(register, `${readFileSync(register, 'utf8').trimEnd()}\n${extra}`);
}

async function build(root: string): Promise<void> {
  copyProjectInto(root, projectRoot);
  cpSync(fixtureContent, join(root, 'src', 'content'), { recursive: true });
  addFixtureSources(root);
  addNotesCollection(root);
  stampTranslations(root);
  const result = await buildCopy(root, copyEnv(root));
  if (result.status !== 0) throw new Error(`the fixture site did not build (in ${root}):\n${result.output.slice(-6000)}`);
}

/** The shared fixture site, built if no build of the same inputs is kept. */
export async function fixtureSite(): Promise<FixtureSite> {
  // Named per checkout, so two checkouts on one machine never remove each other's builds.
  const prefix = `gis-fixture-site-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 8)}-`;
  const root = join(tmpdir(), `${prefix}${inputDigest()}`);
  const failure = `${root}.failed`;
  const lock = `${root}.lock`;
  // Test files run in parallel workers: the first to take the lock builds, the others wait for it.
  for (;;) {
    if (existsSync(failure)) throw new Error(readFileSync(failure, 'utf8'));
    if (existsSync(join(root, 'dist', 'index.html'))) return { root, dist: join(root, 'dist') };
    try {
      mkdirSync(lock);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    // This checkout's older builds, of other inputs, are of no further use.
    for (const name of readdirSync(tmpdir()))
      if (name.startsWith(prefix) && !name.startsWith(`${root.slice(tmpdir().length + 1)}.lock`))
        rmSync(join(tmpdir(), name), { recursive: true, force: true });
    const partial = `${root}.partial`;
    try {
      await build(partial);
    } catch (error) {
      writeFileSync(failure, (error as Error).message);
      throw error;
    }
    renameSync(partial, root);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return { root, dist: join(root, 'dist') };
}

/** How long a test file may wait for the shared build (it runs once per suite). */
export const fixtureSiteTimeout = 300_000;
