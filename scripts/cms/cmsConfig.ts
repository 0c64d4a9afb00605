/**
 * The Decap CMS configuration, derived from the zod schemas, the cross-reference table, the
 * source register, the sector list, the locale table and the English UI strings. `npm run cms:config` writes it to
 * public/admin/config.yml; tests/unit/cmsConfig.test.ts fails when that file is stale.
 */
import { join } from 'node:path';
import { Document } from 'yaml';
import { collectionNames, collectionSchemas, referenceFields, sourceReferenceFields, type CollectionName } from '../../src/lib/schemas';
import { readRegister } from '../../src/lib/sourceRegister';
import { sectors } from '../../src/lib/sectors';
import { defaultLocale, localeCodes } from '../../src/i18n/locales';
import en from '../../src/i18n/ui/en.json' with { type: 'json' };
import type { CmsBackend, CmsCollection, CmsConfig, CmsField, CmsSelectOption } from './cmsTypes';
import { fieldFromZod, objectShape, type FieldContext } from './fieldFromZod';
import { collectionSpec } from '../../src/lib/collections';
import { useTranslations } from '../../src/i18n';
import { hostedBackend } from './hostedBackend';

export const cmsConfigPath = join(import.meta.dirname, '..', '..', 'public', 'admin', 'config.yml');

type Strings = { [key: string]: string | Strings };
const ui = en as unknown as Strings;

function lookup(path: string[]): string | Strings | undefined {
  let node: string | Strings | undefined = ui;
  for (const key of path) node = node && typeof node === 'object' ? node[key] : undefined;
  return node;
}

const text = (path: string[]): string | undefined => {
  const found = lookup(path);
  return typeof found === 'string' ? found : undefined;
};

/** "lastChecked" → "Last checked", for fields the UI strings do not name. */
const humanize = (name: string) => {
  if (name.length <= 3) return name.toUpperCase(); // url → URL
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** `category` → `categories`, `kind` → `kinds`: where en.json keeps an enum's value labels. */
const plural = (name: string) => (name.endsWith('y') ? `${name.slice(0, -1)}ies` : `${name}s`);

/** The register's records as choices: "id — English title". */
const sourceOptions: CmsSelectOption[] = [...readRegister(join(import.meta.dirname, '..', '..')).records.values()].map((record) => ({
  label: `${record.id} — ${record.title.en}`,
  value: record.id,
}));

function fieldContext(collection: CollectionName): FieldContext {
  const section = collectionSpec(collection).editor.fieldLabels;
  return {
    collection,
    references: new Map(referenceFields.filter((r) => r.collection === collection).map((r) => [r.field, r.target])),
    sourceFields: new Set(sourceReferenceFields),
    sourceOptions,
    sectors,
    label: (field) => text([section, field]) ?? text(['entry', field]) ?? humanize(field),
    optionLabels: (field, values): CmsSelectOption[] => {
      const isSectors = values.length === sectors.length && values.every((v) => (sectors as readonly string[]).includes(v));
      const labels = isSectors ? lookup(['sectors']) : lookup([section, plural(field)]);
      return values.map((value) => {
        const label = labels && typeof labels === 'object' ? labels[value] : undefined;
        return { label: typeof label === 'string' ? label : value, value };
      });
    },
  };
}

const bodyField: CmsField = { name: 'body', label: 'Text of the page', widget: 'markdown', i18n: true };

function collectionConfig(name: CollectionName): CmsCollection {
  const spec = collectionSpec(name);
  const t = useTranslations(defaultLocale);
  const ctx = fieldContext(name);
  const shape = objectShape(collectionSchemas[name], name);
  return {
    name,
    label: t(spec.navLabel ?? spec.index?.title ?? spec.typeLabel),
    label_singular: t(spec.typeLabel),
    folder: `src/content/${name}`,
    extension: 'mdx',
    format: 'yaml-frontmatter',
    create: spec.editor.create,
    i18n: true,
    identifier_field: 'title',
    summary: '{{title}}',
    fields: [...Object.entries(shape).map(([field, schema]) => fieldFromZod(field, schema, ctx)), bodyField],
  };
}

export interface CmsConfigOptions {
  /** The deployed site's Git provider by default; the browser test passes `{ name: 'test-repo' }`. */
  backend?: CmsBackend;
}

export function buildCmsConfig(options: CmsConfigOptions = {}): CmsConfig {
  const backend = options.backend ?? hostedBackend;
  return {
    backend,
    // Only on localhost, and only when `decap-server` answers: `npm run cms`.
    ...(backend.name === 'test-repo' ? {} : { local_backend: true }),
    publish_mode: 'simple',
    // Decap requires a media folder; no field of ours takes an upload.
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    locale: 'en',
    // New entries get an ASCII slug from the English title, as URLs require (lower-case, hyphens).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: [...localeCodes], default_locale: defaultLocale },
    collections: collectionNames.map(collectionConfig),
  };
}

const header = [
  ' Generated by `npm run cms:config` (scripts/cms-config.ts) from src/lib/schemas.ts, src/content/sources.yaml, src/lib/sectors.ts,',
  ' src/i18n/locales.ts and src/i18n/ui/en.json. Do not edit: change those and run the script again.',
  ' The Git provider is set in scripts/cms/hostedBackend.ts.',
].join('\n');

export function renderCmsConfig(config: CmsConfig): string {
  // No anchors: a shared `[]` default must be written out in each field, where an editor reads it.
  const doc = new Document(config, { aliasDuplicateObjects: false });
  doc.commentBefore = header;
  return doc.toString({ lineWidth: 0 });
}
