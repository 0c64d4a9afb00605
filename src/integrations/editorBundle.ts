/** Where the content editor's vendored bundle lives, which of the package's files it keeps, and their digests. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// From this module's own folder (src/integrations/), which astro.config.mjs imports unbundled.
export const editorBundleDir = join(import.meta.dirname, '..', '..', 'vendor', 'decap-cms');

export interface EditorBundleManifest {
  package: 'decap-cms';
  version: string;
  licence: string;
  /** File name → sha256 (hex) of every file kept. */
  files: Record<string, string>;
}

/** The bundle, the chunks and WebAssembly it loads on demand, and its licence notices; not the 25 MB of source maps. */
export function isEditorBundleFile(name: string): boolean {
  return /(^|\.)decap-cms\.js$/.test(name) || name.endsWith('.wasm') || name === 'decap-cms.js.LICENSE.txt';
}

export function editorBundleManifest(): EditorBundleManifest {
  return JSON.parse(readFileSync(join(editorBundleDir, 'manifest.json'), 'utf8')) as EditorBundleManifest;
}

export const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
