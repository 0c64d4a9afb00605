/**
 * `npm run build:merge -- shard-a/ shard-b/ … --out merged/`: joins the dist/ folders of locale
 * shard builds (`BUILD_LOCALES=th npm run build`, dist copied aside) into one site. Shards write
 * disjoint locale folders plus shared files (root page, sitemap, robots.txt, _headers, _redirects,
 * /_astro/, /admin/) that every shard writes with the same bytes. A file two shards wrote with
 * different bytes means the shards do not agree about the site: the merge fails, naming the file
 * and both shards, rather than pick one.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCommandLine, UsageError } from './commandLine';

export interface Conflict {
  file: string;
  first: string;
  second: string;
}

export interface MergeResult {
  files: number;
  duplicates: number;
  conflicts: Conflict[];
}

/** Every file under `dir`, as sorted paths relative to it with `/` separators. */
export function listFiles(dir: string, root: string = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path, root) : [relative(root, path).split(sep).join('/')];
    });
}

/** Copies every shard into `out` (which must be empty or absent); identical duplicates are fine. */
export function mergeShards(shards: readonly string[], out: string): MergeResult {
  if (existsSync(out) && readdirSync(out).length > 0) throw new Error(`${out} is not empty: merge into a new folder`);
  const from = new Map<string, string>();
  const conflicts: Conflict[] = [];
  let duplicates = 0;
  for (const shard of shards) {
    if (!existsSync(shard) || !statSync(shard).isDirectory()) throw new Error(`${shard}: no such shard folder`);
    for (const file of listFiles(shard)) {
      const first = from.get(file);
      if (first === undefined) {
        mkdirSync(dirname(join(out, file)), { recursive: true });
        copyFileSync(join(shard, file), join(out, file));
        from.set(file, shard);
      } else if (readFileSync(join(first, file)).equals(readFileSync(join(shard, file)))) duplicates += 1;
      else conflicts.push({ file, first, second: shard });
    }
  }
  return { files: from.size, duplicates, conflicts };
}

const usage = 'npm run build:merge -- shard-a/ shard-b/ … --out merged/';

function main(args: string[]): number {
  let out: string | undefined;
  let shards: string[];
  try {
    const parsed = parseCommandLine({ usage, options: { out: { type: 'string' } }, positionals: true }, args);
    out = parsed.values.out;
    shards = parsed.positionals;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 2;
  }
  if (!out || shards.length === 0) {
    console.error(`usage: ${usage}`);
    return 2;
  }
  const result = mergeShards(shards, out);
  for (const c of result.conflicts) console.error(`conflict: ${c.file} differs between ${c.first} and ${c.second}`);
  if (result.conflicts.length) {
    console.error(`build:merge failed: ${result.conflicts.length} file(s) written differently by two shards`);
    return 1;
  }
  console.log(`merged ${shards.length} shards into ${out}: ${result.files} files (${result.duplicates} identical duplicates)`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
