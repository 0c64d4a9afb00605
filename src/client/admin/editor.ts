/**
 * The content editor's start-up: loads Decap CMS from our own origin, registers the canonical
 * file format of every collection (src/lib/content/contentFormat.ts, the one `npm run format` writes, so
 * a save changes only what the editor changed, and `updated` moves to today on a file the save
 * changes: ./saveStamp.ts) and the translation-stamp control, then starts it.
 * Decap must not start itself before the formats exist: CMS_MANUAL_INIT. Without a Git provider
 * and without the local helper it does not start at all, and the page says how to configure one.
 */
import { collectionNames } from '../../lib/content/schemas';
import { editorFormatName, formatContentFile, parseContentFile } from '../../lib/content/contentFormat';
import { registerStampWidget } from './stamp';
import { guardWidgets } from './unchangedGuard';
import { preSaveHandler } from './validation';
import { saveStamp } from './saveStamp';
import { canStartEditor } from './notConfigured';
import type { DecapWindow } from './decap';

const win = window as unknown as DecapWindow;
win.CMS_MANUAL_INIT = true;

function start(): void {
  const cms = win.CMS;
  if (!cms) throw new Error('/admin/decap-cms.js loaded without defining window.CMS');
  for (const collection of collectionNames)
    cms.registerCustomFormat(editorFormatName(collection), 'mdx', {
      fromFile: (text) => {
        saveStamp.remember(collection, text);
        const { data, body } = parseContentFile(text);
        return { ...data, body };
      },
      toFile: ({ body, ...data }) => {
        const text = typeof body === 'string' ? body : '';
        // A file this save changes records the day (`updated`); an unchanged one is written as it was.
        return formatContentFile(collection, saveStamp.stamp(collection, data, text), text);
      },
    });
  guardWidgets(cms, win);
  registerStampWidget(cms, win);
  cms.registerEventListener({ name: 'preSave', handler: preSaveHandler });
  cms.init();
}

// The page says whether the build named a Git provider (src/pages/admin/index.astro).
void canStartEditor(document.body.dataset.hostedEditing === 'configured').then((canStart) => {
  if (!canStart) return;
  const script = document.createElement('script');
  script.src = '/admin/decap-cms.js';
  script.addEventListener('load', start);
  document.body.append(script);
});
