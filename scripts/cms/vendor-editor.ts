/**
 * `npm run cms:vendor [version]`: refreshes vendor/decap-cms/ — the content editor's prebuilt
 * browser bundle (dist/decap-cms.js, its on-demand chunks and WebAssembly, its licence notices) —
 * from the decap-cms tarball on the npm registry, and writes manifest.json (version, sha256 of
 * every file). decap-cms is not a dependency: its package.json pulls 370 MB of React and webpack
 * sources into node_modules for a site that only serves the 6 MB bundle. The editor test checks
 * the files against the manifest, so a hand edit or a half update fails the suite.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  editorBundleDir,
  editorBundleManifest,
  isEditorBundleFile,
  type EditorBundleManifest,
  sha256,
} from '../../src/integrations/editorBundle';

const current = editorBundleManifest();
const version = process.argv[2] ?? current.version;
const work = mkdtempSync(join(tmpdir(), 'decap-cms-'));
try {
  const tarball =
    execFileSync('npm', ['pack', `decap-cms@${version}`, '--silent', '--pack-destination', work], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .at(-1) ?? '';
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', work]);
  const dist = join(work, 'package', 'dist');
  const files = readdirSync(dist).filter(isEditorBundleFile).sort();
  // The old version's files go (chunk names change between versions); README.md stays.
  for (const name of Object.keys(current.files)) rmSync(join(editorBundleDir, name), { force: true });
  for (const name of files) copyFileSync(join(dist, name), join(editorBundleDir, name));
  const manifest: EditorBundleManifest = {
    package: 'decap-cms',
    version: (JSON.parse(readFileSync(join(work, 'package', 'package.json'), 'utf8')) as { version: string }).version,
    licence: 'MIT (see decap-cms.js.LICENSE.txt for the bundled packages’ notices)',
    files: Object.fromEntries(files.map((name) => [name, sha256(join(editorBundleDir, name))])),
  };
  writeFileSync(join(editorBundleDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`vendor/decap-cms: decap-cms ${manifest.version}, ${files.length} files`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
