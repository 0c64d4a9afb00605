/**
 * The canonical form of content files (src/lib/content/contentFormat.ts), which `npm run format` writes,
 * `npm run lint` checks and the editor at /admin/ writes back: real files keep their meaning and
 * their body byte for byte, the form is stable, and what an editor leaves empty is left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalContentFile, formatContentFile, parseContentFile } from '../../src/lib/content/contentFormat';
import { contentHash } from '../../src/lib/content/contentHash';
import { readContentFiles } from '../../src/lib/content/catalogue';
import type { CollectionName } from '../../src/lib/content/schemas';

const root = join(import.meta.dirname, '..', '..');
const files = readContentFiles(join(root, 'src', 'content'), root);

describe('canonical content files', () => {
  it.each(files.map((f) => [f.file, f.collection] as const))('%s: same meaning, same body, stable', (file, collection) => {
    const text = readFileSync(join(root, file), 'utf8');
    const canonical = canonicalContentFile(collection as CollectionName, text);
    expect(parseContentFile(canonical).data).toEqual(parseContentFile(text).data);
    expect(parseContentFile(canonical).body).toBe(parseContentFile(text).body);
    expect(canonicalContentFile(collection as CollectionName, canonical)).toBe(canonical);
    // The hash translations record follows the meaning, not the layout.
    expect(contentHash(canonical)).toBe(contentHash(text));
  });

  it('puts keys in schema order, nested ones too, and leaves out null, undefined and empty strings', () => {
    const text = formatContentFile(
      'districts',
      {
        order: 4,
        slug: null,
        title: 'Minhang District',
        officialName: '',
        figures: [{ asOf: '2024', source: 'a', text: '3,400+ firms', note: undefined }],
        sources: ['a'],
        summary: 'S',
      },
      '\nText with <Fact source="a">80.3 billion yuan</Fact>.\n',
    );
    expect(text).toBe(
      [
        '---',
        'title: Minhang District',
        'summary: S',
        'sources:',
        '  - a',
        'order: 4',
        'figures:',
        '  - text: 3,400+ firms',
        '    source: a',
        "    asOf: '2024'",
        '---',
        '',
        'Text with <Fact source="a">80.3 billion yuan</Fact>.',
        '',
      ].join('\n'),
    );
  });

  it('never folds a long value across lines and quotes only where YAML needs it', () => {
    const summary = `${'word '.repeat(60)}end: with a colon`;
    const text = formatContentFile('sites', { title: "Xuhui's park", summary, lastChecked: '2026-11-25' }, 'Body.\n');
    expect(text.split('\n').filter((line) => line.startsWith('summary:'))).toEqual([`summary: '${summary}'`]);
    expect(text).toContain(`title: Xuhui's park\n`);
    expect(text).toContain('lastChecked: 2026-11-25\n');
  });
});
