/**
 * One zod schema field → one Decap CMS field, with the schema's own rules (required, enums,
 * lengths, patterns, list sizes) as the editor's validation. A zod type this walker does not know
 * throws, naming the collection and field: a field must never silently vanish from the editor.
 */
import { z } from 'astro/zod';
import type { CmsField, CmsFieldI18n, CmsSelectOption } from './cmsTypes';

export interface FieldContext {
  /** Collection name, for error messages. */
  collection: string;
  /** Top-level fields that name entries of another collection, and that collection. */
  references: ReadonlyMap<string, string>;
  /** Fields naming source-register records, and the records to pick from (id and English title). */
  sourceFields: ReadonlySet<string>;
  sourceOptions: readonly CmsSelectOption[];
  /** The sector slugs: an enum with exactly these values is the sector picker. */
  sectors: readonly string[];
  label: (field: string) => string;
  /** Labels of an enum's values, from the UI strings; the value itself where there is none. */
  optionLabels: (field: string, values: readonly string[]) => CmsSelectOption[];
}

/** Translation bookkeeping, one value per locale file; see docs/editing.md, "Shared fields". */
const bookkeeping: Record<string, (field: CmsField) => CmsField> = {
  translatedFrom: (field) => ({
    ...field,
    i18n: true,
    hint: 'On a translation: en (the English entry is the reference). Leave empty on the English entry.',
  }),
  // Set only by its button (src/client/admin/stamp.ts), never by a save.
  sourceHash: (field) => ({ name: field.name, label: 'Matches the English', widget: 'translation-stamp', required: false, i18n: true }),
  // The slug override changes an entry's address in every locale, and addresses are a promise:
  // kept as it is, never edited here (districts choose theirs when created, cmsConfig.ts).
  slug: (field) => ({ name: field.name, label: field.label, widget: 'hidden', required: false, i18n: 'duplicate' }),
  // Each language's file records its own last change: set by the save that changes it (src/lib/editor/saveStamp.ts), never typed.
  updated: (field) => ({ name: field.name, label: field.label, widget: 'hidden', required: false, i18n: true }),
  // Notes in the entry's language; a new note is dated today.
  changes: (field) => ({
    ...field,
    i18n: true,
    label: 'Change notes',
    label_singular: 'change note',
    summary: '{{fields.date}}: {{fields.note}}',
    hint: 'When you change what a reader learns from this page, add a note: what changed, in a sentence, in this language. Listed on the "Recent changes" page and its feed.',
    fields: (field.fields ?? []).map((item) => (item.name === 'date' ? { ...item, default: '{{now}}' } : item)),
  }),
};

/** Fields read as paragraphs rather than one line: presentation only, the rules still come from the schema. */
const paragraphFields = new Set(['summary', 'purpose', 'howToAsk', 'text', 'note']);

interface Unwrapped {
  schema: z.ZodTypeAny;
  required: boolean;
  defaultValue?: unknown;
  /** Longest accepted string when a `.refine()` limits the length (found by probing, see below). */
  refinedMax?: number;
}

/** Peel optional, default and refinements off a schema, remembering what they meant. */
function unwrap(schema: z.ZodTypeAny, where: string): Unwrapped {
  if (schema instanceof z.ZodOptional) return { ...unwrap(schema.unwrap(), where), required: false };
  if (schema instanceof z.ZodDefault) {
    const inner = unwrap(schema._def.innerType, where);
    return { ...inner, required: false, defaultValue: schema._def.defaultValue() };
  }
  if (schema instanceof z.ZodEffects) {
    if (schema._def.effect.type !== 'refinement') throw new Error(`${where}: zod ${schema._def.effect.type} effects have no editor field`);
    const inner = unwrap(schema._def.schema, where);
    const refinedMax = inner.schema instanceof z.ZodString ? probeMaxLength(schema) : undefined;
    return refinedMax === undefined ? inner : { ...inner, refinedMax };
  }
  return { schema, required: true };
}

/**
 * A refinement is code the editor cannot run. The one kind we can carry over is a length limit
 * (the title's 70 characters): find the longest run of "a" the refined schema accepts.
 * Anything else a refinement checks stays with the build's integrity check, which names the field.
 */
function probeMaxLength(schema: z.ZodTypeAny): number | undefined {
  const accepts = (n: number) => schema.safeParse('a'.repeat(n)).success;
  const ceiling = 100_000;
  if (!accepts(1) || accepts(ceiling)) return undefined;
  let [low, high] = [1, ceiling];
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (accepts(mid)) low = mid;
    else high = mid;
  }
  return low;
}

/** Decap checks a string field against one pattern: the schema's regex, URL rule or maximum length. */
function stringPattern(schema: z.ZodString, refinedMax: number | undefined, where: string): [string, string] | undefined {
  const patterns: Array<[string, string]> = [];
  for (const check of schema._def.checks) {
    if (check.kind === 'regex') patterns.push([check.regex.source, check.message ?? `must match ${check.regex.source}`]);
    else if (check.kind === 'url') patterns.push(['^https?://\\S+$', check.message ?? 'must be a full URL']);
    else if (check.kind === 'max')
      patterns.push([`^[\\s\\S]{0,${check.value}}$`, check.message ?? `must be at most ${check.value} characters`]);
    else if (check.kind === 'min' || check.kind === 'trim')
      continue; // `required` covers "not empty"
    else throw new Error(`${where}: zod string check "${check.kind}" has no editor rule`);
  }
  if (refinedMax !== undefined) patterns.push([`^[\\s\\S]{0,${refinedMax}}$`, `must be at most ${refinedMax} characters`]);
  if (patterns.length > 1) throw new Error(`${where}: more than one pattern (${patterns.map((p) => p[0]).join(', ')}); Decap takes one`);
  return patterns[0];
}

function dateField(base: CmsField): CmsField {
  return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
}

function relationField(base: CmsField, target: string, multiple: boolean): CmsField {
  return {
    ...base,
    widget: 'relation',
    collection: target,
    // The file name is the slug other entries refer to.
    value_field: '{{slug}}',
    search_fields: ['title'],
    display_fields: ['title'],
    multiple,
    hint: `Pick from the existing ${target}.`,
  };
}

function selectField(base: CmsField, name: string, values: readonly string[], ctx: FieldContext, multiple: boolean): CmsField {
  return { ...base, widget: 'select', options: ctx.optionLabels(name, values), ...(multiple ? { multiple: true } : {}) };
}

/** One value of a field (a string, an enum, an object …), without i18n, which only the top level carries. */
function valueField(name: string, schema: z.ZodTypeAny, ctx: FieldContext, where: string, topLevel: boolean): CmsField {
  const { schema: inner, required, defaultValue, refinedMax } = unwrap(schema, where);
  const base: CmsField = { name, label: ctx.label(name), widget: 'string', ...(required ? {} : { required: false }) };
  const withDefault = (field: CmsField): CmsField =>
    defaultValue === undefined ? field : { ...field, default: defaultValue as NonNullable<CmsField['default']> };
  const target = topLevel ? ctx.references.get(name) : undefined;
  // A source is picked from the register, never typed: the same ids in every locale.
  if (topLevel && ctx.sourceFields.has(name)) {
    const list = inner instanceof z.ZodArray;
    const min = list ? inner._def.minLength?.value : undefined;
    return {
      ...base,
      widget: 'select',
      options: [...ctx.sourceOptions],
      ...(list ? { multiple: true } : {}),
      ...(min ? { min } : {}),
      hint: 'Pick from the source register (src/content/sources.yaml).',
    };
  }

  if (inner instanceof z.ZodString) {
    if (target) return relationField(base, target, false);
    const pattern = stringPattern(inner, refinedMax, where);
    return withDefault({ ...base, widget: paragraphFields.has(name) ? 'text' : 'string', ...(pattern ? { pattern } : {}) });
  }
  if (inner instanceof z.ZodEnum) return withDefault(selectField(base, name, inner.options as string[], ctx, false));
  if (inner instanceof z.ZodBoolean) return { ...base, widget: 'boolean', required: false, default: (defaultValue as boolean) ?? false };
  if (inner instanceof z.ZodDate) return dateField(base);
  if (inner instanceof z.ZodNumber) {
    const int = inner._def.checks.some((c) => c.kind === 'int');
    const min = inner._def.checks.find((c) => c.kind === 'min');
    const floor = min && min.kind === 'min' ? (min.inclusive ? min.value : int ? min.value + 1 : undefined) : undefined;
    return withDefault({ ...base, widget: 'number', value_type: int ? 'int' : 'float', ...(floor !== undefined ? { min: floor } : {}) });
  }
  if (inner instanceof z.ZodObject) {
    const fields = Object.entries(inner.shape as Record<string, z.ZodTypeAny>).map(([key, value]) =>
      valueField(key, value, ctx, `${where}.${key}`, false),
    );
    return { ...base, widget: 'list', fields };
  }
  if (inner instanceof z.ZodArray) {
    const min = inner._def.minLength?.value;
    const list = { ...base, ...(min ? { min } : {}) };
    const element = unwrap(inner.element, `${where}[]`).schema;
    if (target) return withDefault(relationField(list, target, true));
    if (element instanceof z.ZodEnum) return withDefault(selectField(list, name, element.options as string[], ctx, true));
    if (element instanceof z.ZodObject) {
      const item = valueField(name, element, ctx, `${where}[]`, false);
      const first = item.fields?.[0]?.name;
      return withDefault({ ...list, widget: 'list', fields: item.fields ?? [], ...(first ? { summary: `{{fields.${first}}}` } : {}) });
    }
    const item = valueField('item', inner.element, ctx, `${where}[]`, false);
    return withDefault({ ...list, widget: 'list', field: { ...item, label: ctx.label(name) } });
  }
  throw new Error(
    `${where}: zod type ${inner._def.typeName ?? inner.constructor.name} has no editor field; teach src/lib/editor/fieldFromZod.ts`,
  );
}

/**
 * Same text in every locale (references, enums, numbers, booleans, dates, identifiers such as a
 * slug or country code) is `duplicate`: edited once in English and copied to every locale file.
 * Words are translated: `true`.
 */
function i18nOf(field: CmsField): CmsFieldI18n {
  if (['relation', 'select', 'number', 'boolean', 'datetime'].includes(field.widget)) return 'duplicate';
  if (field.widget === 'string' && field.pattern && !field.pattern[0].startsWith('^[\\s\\S]')) return 'duplicate';
  return true;
}

/** The editor field of one top-level schema field. */
export function fieldFromZod(name: string, schema: z.ZodTypeAny, ctx: FieldContext): CmsField {
  const field = valueField(name, schema, ctx, `${ctx.collection}.${name}`, true);
  const withI18n: CmsField = { ...field, i18n: i18nOf(field) };
  const special = bookkeeping[name];
  return special ? special(withI18n) : withI18n;
}

/** The object schema of a collection, under any `.refine()` on the whole entry. */
export function objectShape(schema: z.ZodTypeAny, collection: string): Record<string, z.ZodTypeAny> {
  let current = schema;
  while (current instanceof z.ZodEffects) current = current._def.schema;
  if (!(current instanceof z.ZodObject)) throw new Error(`${collection}: the schema is not an object`);
  return current.shape as Record<string, z.ZodTypeAny>;
}
