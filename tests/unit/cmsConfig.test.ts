/**
 * The editor's configuration (/admin/config.yml, generated at build time) comes from the schemas:
 * it has a field for every schema field, a real entry of each collection survives a trip through
 * its fields with every value and type intact, and the hosted Git provider comes from the
 * environment only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { buildCmsConfig, renderCmsConfig } from '../../src/lib/editor/cmsConfig';
import { hostedBackend } from '../../src/lib/editor/hostedBackend';
import { editorFormatName } from '../../src/lib/content/contentFormat';
import { parse } from 'yaml';
import { fieldFromZod, type FieldContext } from '../../src/lib/editor/fieldFromZod';
import type { CmsField } from '../../src/lib/editor/cmsTypes';
import { collectionNames, collectionSchemas, referenceFields } from '../../src/lib/content/schemas';
import { parseFrontmatter } from '../../src/lib/content/catalogue';
import { readRegister } from '../../src/lib/content/sourceRegister';
import { localeCodes } from '../../src/i18n/locales';

const config = buildCmsConfig();
const contentDir = join(import.meta.dirname, '..', '..', 'src', 'content');
const slugsOf = (collection: string) => readdirSync(join(contentDir, collection, 'en')).map((f) => f.replace(/\.mdx$/, ''));

function shapeOf(schema: z.ZodTypeAny): Record<string, z.ZodTypeAny> {
  return (schema instanceof z.ZodEffects ? shapeOf(schema._def.schema) : (schema as z.AnyZodObject).shape) as Record<string, z.ZodTypeAny>;
}

/** Checks one value against its editor field, as Decap would hold it; returns what Decap would save. */
function throughField(field: CmsField, value: unknown, where: string): unknown {
  if (value === undefined) {
    expect(field.required, `${where} is absent, so the editor must not require it`).toBe(false);
    return undefined;
  }
  switch (field.widget) {
    case 'string':
    case 'text':
    case 'markdown':
      expect(typeof value, where).toBe('string');
      if (field.pattern) expect(value, `${where} passes the editor's pattern`).toMatch(new RegExp(field.pattern[0]));
      return value;
    case 'hidden':
      return value;
    case 'translation-stamp':
      expect(String(value), where).toMatch(/^[0-9a-f]{12}$/);
      return value;
    case 'boolean':
      expect(typeof value, where).toBe('boolean');
      return value;
    case 'number':
      expect(typeof value, where).toBe('number');
      return value;
    case 'datetime':
      expect(String(value), where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      return value;
    case 'select': {
      const allowed = (field.options ?? []).map((o) => o.value);
      const values = field.multiple ? (value as unknown[]) : [value];
      for (const v of values) expect(allowed, `${where} offers ${String(v)}`).toContain(v);
      return value;
    }
    case 'relation': {
      const slugs = slugsOf(field.collection ?? '');
      const values = field.multiple ? (value as unknown[]) : [value];
      expect(Array.isArray(value), `${where} multiple`).toBe(Boolean(field.multiple));
      for (const v of values) expect(slugs, `${where} picks ${String(v)} from ${field.collection}`).toContain(v);
      return value;
    }
    case 'list': {
      expect(Array.isArray(value), `${where} is a list`).toBe(true);
      return (value as unknown[]).map((item, i) => {
        if (field.field) return throughField(field.field, item, `${where}[${i}]`);
        const data = item as Record<string, unknown>;
        for (const key of Object.keys(data))
          expect(
            field.fields?.map((f) => f.name),
            `${where}[${i}].${key} has an editor field`,
          ).toContain(key);
        return Object.fromEntries(
          (field.fields ?? []).flatMap((f) => {
            const out = throughField(f, data[f.name], `${where}[${i}].${f.name}`);
            return out === undefined ? [] : [[f.name, out]];
          }),
        );
      });
    }
  }
}

describe('editor configuration', () => {
  it('takes the hosted Git provider from the environment, and names none without it', () => {
    expect(config.backend).toEqual({ name: 'test-repo' });
    // Only the dev server's configuration looks for decap-server (npm run cms).
    expect(config.local_backend).toBeUndefined();
    expect(buildCmsConfig({ localBackend: true }).local_backend).toBe(true);
    expect(buildCmsConfig({ localBackend: 'http://127.0.0.1:9000/api/v1' }).local_backend).toEqual({ url: 'http://127.0.0.1:9000/api/v1' });
    const hosted = buildCmsConfig({ env: { CMS_REPO: 'gather/site', CMS_BRANCH: 'live', CMS_BASE_URL: 'https://auth.example.org' } });
    expect(hosted.backend).toEqual({ name: 'github', repo: 'gather/site', branch: 'live', base_url: 'https://auth.example.org' });
    expect(parse(renderCmsConfig(hosted))).toMatchObject({ backend: { name: 'github', repo: 'gather/site' } });
    expect(hostedBackend({ CMS_REPO: 'group/sub/project', CMS_BACKEND: 'gitlab' })).toMatchObject({ name: 'gitlab', branch: 'main' });
    expect(() => hostedBackend({ CMS_REPO: 'just-a-name' })).toThrow(/owner\/name/);
    expect(() => hostedBackend({ CMS_REPO: 'a/b', CMS_BACKEND: 'svn' })).toThrow(/github, gitlab, gitea/);
    expect(() => hostedBackend({ CMS_REPO: 'a/b', CMS_BASE_URL: 'http://auth' })).toThrow(/https/);
  });

  it('copies to every locale exactly the fields the editing guide lists as shared', () => {
    const guide = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'editing.md'), 'utf8');
    const section = guide.slice(guide.indexOf('**Shared fields**'), guide.indexOf('Everything else (titles'));
    expect(section).toContain('`lastChecked` and `sources`');
    const listed = Object.fromEntries(
      [...section.matchAll(/^\| `(\w+)` +\| (.+?) +\|$/gm)].map(([, name, cells]) => [
        name,
        [...cells!.matchAll(/`(\w+)`/g)].map((m) => m[1]),
      ]),
    );
    for (const c of config.collections) {
      const shared = c.fields.filter((f) => f.i18n === 'duplicate').map((f) => f.name);
      // lastChecked and sources everywhere; slug is shared (kept as it is, or a new district's choice).
      expect(shared.sort(), c.name).toEqual([...new Set(['lastChecked', 'sources', 'slug', ...(listed[c.name] ?? [])])].sort());
    }
  });

  it('writes files in the canonical format and never edits an address', () => {
    for (const c of config.collections) {
      expect(c.format).toBe(editorFormatName(c.name));
      const slug = c.fields.find((f) => f.name === 'slug')!;
      if (c.name === 'districts') expect(slug).toMatchObject({ widget: 'select', required: false, i18n: 'duplicate' });
      else expect(slug).toMatchObject({ widget: 'hidden', i18n: 'duplicate' });
      expect(c.fields.find((f) => f.name === 'sourceHash')).toMatchObject({ widget: 'translation-stamp', i18n: true });
      expect(c.fields.find((f) => f.name === 'body')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
    }
    const districts = config.collections.find((c) => c.name === 'districts')!;
    expect(districts.slug).toBe('{{fields.slug}}');
    expect(districts.fields.find((f) => f.name === 'slug')!.options).toHaveLength(16);
  });

  it('edits every locale side by side, English the reference, in the content folders', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: localeCodes, default_locale: 'en' });
    expect(config.collections.map((c) => c.name)).toEqual(collectionNames);
    for (const c of config.collections) expect(c.folder).toBe(`src/content/${c.name}`);
  });

  it.each(collectionNames)('%s: every schema field has an editor field', (name) => {
    const fields = config.collections.find((c) => c.name === name)!.fields.map((f) => f.name);
    expect(fields).toEqual([...Object.keys(shapeOf(collectionSchemas[name])), 'body']);
  });

  it('makes cross-references pickers of existing entries and sectors a list of choices', () => {
    for (const ref of referenceFields) {
      const field = config.collections.find((c) => c.name === ref.collection)!.fields.find((f) => f.name === ref.field)!;
      expect(field).toMatchObject({ widget: 'relation', collection: ref.target, value_field: '{{slug}}', i18n: 'duplicate' });
    }
    const sectors = config.collections.find((c) => c.name === 'incentives')!.fields.find((f) => f.name === 'sectors')!;
    expect(sectors).toMatchObject({ widget: 'select', multiple: true, i18n: 'duplicate' });
    expect(sectors.options).toContainEqual({ label: 'Artificial intelligence', value: 'ai' });
  });

  it('carries the schema rules over: required, lengths, list sizes', () => {
    const fields = config.collections.find((c) => c.name === 'incentives')!.fields;
    const get = (n: string) => fields.find((f) => f.name === n)!;
    expect(get('summary')).toMatchObject({ widget: 'text', pattern: ['^[\\s\\S]{0,200}$', expect.stringContaining('200')] });
    expect(get('title').pattern?.[0]).toBe('^[\\s\\S]{0,70}$');
    // Sources are picked from the register (src/content/sources.yaml), the same in every locale.
    const register = readRegister(join(import.meta.dirname, '..', '..'));
    expect(get('sources')).toMatchObject({ widget: 'select', multiple: true, min: 1, i18n: 'duplicate' });
    expect(get('sources').options?.map((o) => o.value)).toEqual([...register.records.keys()]);
    expect(get('category').options?.map((o) => o.value)).toEqual(['space', 'rent', 'tax', 'funding', 'talent', 'services']);
    expect(get('citywide')).toMatchObject({ widget: 'boolean', default: false, i18n: 'duplicate' });
  });

  it('names the collection and field of a zod type it cannot edit', () => {
    const ctx: FieldContext = {
      collection: 'stories',
      references: new Map(),
      sourceFields: new Set(),
      sourceOptions: [],
      sectors: [],
      label: (f) => f,
      optionLabels: () => [],
    };
    expect(() => fieldFromZod('mood', z.map(z.string(), z.string()), ctx)).toThrow(/stories\.mood: zod type ZodMap has no editor field/);
  });

  it.each(collectionNames)('%s: a real English entry round-trips through the editor fields', (name) => {
    const slug = slugsOf(name)[0]!;
    const data = parseFrontmatter(readFileSync(join(contentDir, name, 'en', `${slug}.mdx`), 'utf8')) as Record<string, unknown>;
    const fields = config.collections.find((c) => c.name === name)!.fields.filter((f) => f.name !== 'body');
    for (const key of Object.keys(data))
      expect(
        fields.map((f) => f.name),
        `${name}/${slug}: ${key} has an editor field`,
      ).toContain(key);
    const saved = Object.fromEntries(
      fields.flatMap((f) => {
        const out = throughField(f, data[f.name], `${name}/${slug}.${f.name}`);
        return out === undefined ? [] : [[f.name, out]];
      }),
    );
    expect(saved).toEqual(data);
    expect(collectionSchemas[name].safeParse(saved).success).toBe(true);
  });
});
