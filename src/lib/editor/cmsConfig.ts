/**
 * The Decap CMS configuration, derived from the zod schemas, the cross-reference table, the
 * source register, the sector list, the locale table and the English UI strings, and the hosted
 * Git provider from the build's environment (hostedBackend.ts). Served as /admin/config.yml
 * (written by src/integrations/adminEditor.ts), so a build with CMS_REPO set configures hosted
 * editing and nothing about it is committed.
 */
import { join } from 'node:path';
import { Document } from 'yaml';
import { collectionNames, collectionSchemas, referenceFields, sourceReferenceFields, type CollectionName } from '../content/schemas';
import { readRegister } from '../content/sourceRegister';
import { sectors } from '../content/sectors';
import { defaultLocale, localeCodes } from '../../i18n/locales';
import en from '../../i18n/ui/en.json' with { type: 'json' };
import type { CmsBackend, CmsCollection, CmsConfig, CmsField, CmsSelectOption } from './cmsTypes';
import { fieldFromZod, objectShape, type FieldContext } from './fieldFromZod';
import { collectionMetadata } from '../collections/metadata';
import { useTranslations } from '../../i18n';
import { hostedBackend, unconfiguredBackend, type HostedEnv } from './hostedBackend';
import { editorFormatName } from '../content/contentFormat';
import { shanghaiDistrictIds } from '../content/shanghaiDistricts';

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
const sourceOptions: CmsSelectOption[] = [...readRegister(join(import.meta.dirname, '..', '..', '..')).records.values()].map((record) => ({
  label: `${record.id} — ${record.title.en}`,
  value: record.id,
}));

function fieldContext(collection: CollectionName): FieldContext {
  const section = collectionMetadata(collection).editor.fieldLabels;
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

// Raw Markdown only: the rich-text mode would rewrite the body (and its <Fact> elements) on every save.
const bodyField: CmsField = {
  name: 'body',
  label: 'Text of the page',
  widget: 'markdown',
  modes: ['raw'],
  i18n: true,
  hint: 'Markdown. A figure cites its source: <Fact source="source-id">80.3 billion yuan</Fact>, the id of one of the sources above.',
};

/**
 * A new district's file name is its id on the map, one of Shanghai's sixteen districts, chosen
 * here and copied to every locale; the editor refuses a new district without it (validation.ts).
 * Existing entries take their slug from the file name and leave it empty.
 */
function districtSlugField(field: CmsField, t: (key: string) => string): CmsField {
  return {
    ...field,
    label: 'District (for a new entry)',
    widget: 'select',
    required: false,
    i18n: 'duplicate',
    options: shanghaiDistrictIds.map((id) => ({ label: `${t(`shanghaiDistricts.${id}`)} (${id})`, value: id })),
    hint: "Only when adding a district: which of Shanghai's 16 districts it is (its address and map tile). Leave empty on an existing district.",
  };
}

function collectionFields(name: CollectionName): CmsField[] {
  const ctx = fieldContext(name);
  const t = useTranslations(defaultLocale) as (key: string) => string;
  const shape = objectShape(collectionSchemas[name], name);
  return [
    ...Object.entries(shape).map(([field, schema]) => {
      const editorField = fieldFromZod(field, schema, ctx);
      return name === 'districts' && field === 'slug' ? districtSlugField(editorField, t) : editorField;
    }),
    bodyField,
  ];
}

function collectionConfig(name: CollectionName): CmsCollection {
  const spec = collectionMetadata(name);
  const t = useTranslations(defaultLocale);
  return {
    name,
    label: t(spec.navLabel ?? spec.index?.title ?? spec.typeLabel),
    label_singular: t(spec.typeLabel),
    folder: `src/content/${name}`,
    extension: 'mdx',
    format: editorFormatName(name),
    ...(name === 'districts' ? { slug: '{{fields.slug}}' } : {}),
    create: spec.editor.create,
    i18n: true,
    identifier_field: 'title',
    summary: '{{title}}',
    fields: collectionFields(name),
  };
}

export interface CmsConfigOptions {
  /** The build's environment: CMS_REPO and the rest (hostedBackend.ts). */
  env?: HostedEnv;
  /**
   * Whether the editor looks for `decap-server` on localhost (`npm run cms`): `true` on its default
   * port 8081, or its API's address. Only the dev server's configuration has it: the built site's
   * policy (connect-src) would refuse the connection anyway.
   */
  localBackend?: true | string;
}

export function buildCmsConfig(options: CmsConfigOptions = {}): CmsConfig {
  const backend: CmsBackend = hostedBackend(options.env ?? {}) ?? unconfiguredBackend;
  return {
    backend,
    ...(options.localBackend ? { local_backend: options.localBackend === true ? true : { url: options.localBackend } } : {}),
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
  ' Generated at build time (src/lib/editor/cmsConfig.ts) from src/lib/content/schemas.ts, src/content/sources.yaml,',
  ' src/lib/content/sectors.ts, src/i18n/locales.ts and src/i18n/ui/en.json; the Git provider from the build environment (CMS_REPO).',
].join('\n');

export function renderCmsConfig(config: CmsConfig): string {
  // No anchors: a shared `[]` default must be written out in each field, where an editor reads it.
  const doc = new Document(config, { aliasDuplicateObjects: false });
  doc.commentBefore = header;
  return doc.toString({ lineWidth: 0 });
}
