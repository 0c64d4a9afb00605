/**
 * The content editor's vendored bundle (vendor/decap-cms/): every file is the one the manifest
 * recorded from the npm tarball (no hand edits, no half update), and it holds what the editor page
 * loads and nothing the site does not serve.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorBundleDir, editorBundleManifest, isEditorBundleFile, sha256 } from '../../src/integrations/editorBundle';
import { editorBundleFiles } from '../../src/integrations/adminEditor';

const manifest = editorBundleManifest();

describe('the vendored editor bundle', () => {
  it('is exactly the files the manifest lists, each with its recorded digest', () => {
    const onDisk = readdirSync(editorBundleDir).filter((name) => name !== 'manifest.json' && name !== 'README.md');
    expect(onDisk.sort()).toEqual(Object.keys(manifest.files).sort());
    for (const [name, digest] of Object.entries(manifest.files)) expect(sha256(join(editorBundleDir, name)), name).toBe(digest);
  });

  it('holds the script the editor page loads, its licence notices and no source maps', () => {
    // The editor page's script (src/client/admin/editor.ts) loads the bundle by this name.
    const script = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'client', 'admin', 'editor.ts'), 'utf8');
    expect(script).toContain("script.src = '/admin/decap-cms.js';");
    expect(editorBundleFiles().files).toEqual(expect.arrayContaining(['decap-cms.js', 'decap-cms.js.LICENSE.txt']));
    expect(Object.keys(manifest.files).some((name) => name.endsWith('.map'))).toBe(false);
    expect(manifest.version).toMatch(/^3\.\d+\.\d+$/);
  });

  it('keeps the bundle, chunks, WebAssembly and licence of a package, and drops the rest', () => {
    expect(['decap-cms.js', '2031.decap-cms.js', 'dd5d5.wasm', 'decap-cms.js.LICENSE.txt'].every(isEditorBundleFile)).toBe(true);
    expect(['decap-cms.js.map', 'cms.js', '103.cms.js', 'cms.css', 'package.json'].some(isEditorBundleFile)).toBe(false);
  });
});
