/**
 * Checking a Frictionless Data Package (v2) the way a validator does, for the open-data tests:
 * the descriptor against the official JSON Schema of the specification (ajv), then every table
 * against the schema the descriptor gives it (types, `required`, `enum`, `pattern`, `format: uri`,
 * primary and foreign keys), CSV read by csv-parse. Why not a Frictionless library:
 * tests/fixtures/frictionless/README.md. Written from the descriptor alone, never from our code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';

export type Cell = string | number | boolean | null;
export type CastRow = Record<string, Cell>;

export interface FieldDescriptor {
  name: string;
  type: string;
  format?: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; enum?: unknown[]; pattern?: string };
}

export interface SchemaDescriptor {
  fields: FieldDescriptor[];
  missingValues?: string[];
  primaryKey?: string[];
  foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
}

export interface ResourceDescriptor {
  name: string;
  path: string;
  format: string;
  encoding?: string;
  schema: SchemaDescriptor;
}

const profile = join(import.meta.dirname, '..', 'fixtures', 'frictionless', 'datapackage-2.0.json');

/** Errors of a descriptor against the Data Package v2 profile (empty when valid). */
let compiled: ValidateFunction | undefined;
export function profileErrors(descriptor: unknown): string[] {
  if (!compiled) {
    // strict: false, as the profile carries keywords of its own (propertyOrder, context, examples);
    // "textarea" is its hint to form builders, not a format of strings.
    const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats.default(ajv);
    ajv.addFormat('textarea', true);
    compiled = ajv.compile(JSON.parse(readFileSync(profile, 'utf8')) as object);
  }
  const validate = compiled;
  return validate(descriptor) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

const integer = /^[+-]?\d+$/;
const number = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function isUri(value: string): boolean {
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(value) && Boolean(new URL(value));
  } catch {
    return false;
  }
}

/** A CSV cell cast to its field's type, or an error. */
function castCell(field: FieldDescriptor, raw: string): { value: Cell } | { error: string } {
  switch (field.type) {
    case 'string':
      return { value: raw };
    case 'integer':
      return integer.test(raw) ? { value: Number(raw) } : { error: `"${raw}" is not an integer` };
    case 'number':
      return number.test(raw) ? { value: Number(raw) } : { error: `"${raw}" is not a number` };
    case 'boolean': {
      const yes = field.trueValues ?? ['true', 'True', 'TRUE', '1'];
      const no = field.falseValues ?? ['false', 'False', 'FALSE', '0'];
      if (yes.includes(raw)) return { value: true };
      if (no.includes(raw)) return { value: false };
      return { error: `"${raw}" is not a boolean` };
    }
    default:
      return { error: `type ${field.type} is not checked here` };
  }
}

/** The constraints and format of a field on a value already of its type. */
function constraintErrors(field: FieldDescriptor, value: Cell): string[] {
  const errors: string[] = [];
  const { required, enum: allowed, pattern } = field.constraints ?? {};
  if (value === null) return required ? ['is required'] : [];
  if (allowed && !allowed.includes(value)) errors.push(`"${String(value)}" is not one of ${JSON.stringify(allowed)}`);
  if (pattern && typeof value === 'string' && !new RegExp(`^(?:${pattern})$`, 'u').test(value))
    errors.push(`"${value}" does not match ${pattern}`);
  if (field.format === 'uri' && typeof value === 'string' && !isUri(value)) errors.push(`"${value}" is not a URI`);
  return errors;
}

export interface TableCheck {
  rows: CastRow[];
  errors: string[];
}

/** Keys: primary key unique and complete. */
function keyErrors(schema: SchemaDescriptor, rows: readonly CastRow[]): string[] {
  const errors: string[] = [];
  if (schema.primaryKey) {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const key = JSON.stringify(schema.primaryKey!.map((name) => row[name] ?? null));
      if (seen.has(key)) errors.push(`row ${i + 1}: primary key ${key} repeats`);
      seen.add(key);
    });
  }
  return errors;
}

/** A CSV file's text checked against a table schema: header, every cell, keys; with its rows cast. */
export function checkCsv(text: string, schema: SchemaDescriptor): TableCheck {
  const records = parse(text, { bom: true, relax_column_count: false, skip_empty_lines: false }) as string[][];
  const [header = [], ...body] = records;
  const names = schema.fields.map((f) => f.name);
  const errors: string[] = [];
  if (JSON.stringify(header) !== JSON.stringify(names)) errors.push(`header ${JSON.stringify(header)} is not ${JSON.stringify(names)}`);
  const missing = schema.missingValues ?? [''];
  const rows = body.map((cells, r) => {
    const row: CastRow = {};
    schema.fields.forEach((field, c) => {
      const raw = cells[c] ?? '';
      let value: Cell = null;
      if (!missing.includes(raw)) {
        const cast = castCell(field, raw);
        if ('error' in cast) errors.push(`row ${r + 1}, ${field.name}: ${cast.error}`);
        else value = cast.value;
      }
      for (const e of constraintErrors(field, value)) errors.push(`row ${r + 1}, ${field.name}: ${e}`);
      row[field.name] = value;
    });
    return row;
  });
  return { rows, errors: [...errors, ...keyErrors(schema, rows)] };
}

const jsonTypes: Record<string, (value: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  integer: (v) => Number.isInteger(v),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  boolean: (v) => typeof v === 'boolean',
};

/** A JSON table (an array of objects) checked against a table schema. */
export function checkJson(text: string, schema: SchemaDescriptor): TableCheck {
  const data = JSON.parse(text) as unknown;
  if (!Array.isArray(data)) return { rows: [], errors: ['not an array of rows'] };
  const names = schema.fields.map((f) => f.name);
  const errors: string[] = [];
  const rows = data.map((item: unknown, r) => {
    if (!item || typeof item !== 'object') {
      errors.push(`row ${r + 1}: not an object`);
      return {};
    }
    const keys = Object.keys(item);
    if (JSON.stringify(keys) !== JSON.stringify(names))
      errors.push(`row ${r + 1}: keys ${JSON.stringify(keys)} are not ${JSON.stringify(names)}`);
    const row = item as CastRow;
    for (const field of schema.fields) {
      const value = row[field.name] ?? null;
      if (value !== null && !jsonTypes[field.type]?.(value))
        errors.push(`row ${r + 1}, ${field.name}: ${JSON.stringify(value)} is not ${field.type}`);
      for (const e of constraintErrors(field, value)) errors.push(`row ${r + 1}, ${field.name}: ${e}`);
    }
    return row;
  });
  return { rows, errors: [...errors, ...keyErrors(schema, rows)] };
}

/** Foreign keys of a resource against the rows of the resources they reference. */
export function foreignKeyErrors(
  resource: ResourceDescriptor,
  rows: readonly CastRow[],
  byName: ReadonlyMap<string, readonly CastRow[]>,
): string[] {
  return (resource.schema.foreignKeys ?? []).flatMap(({ fields, reference }) => {
    const target = byName.get(reference.resource);
    if (!target) return [`${resource.name}: references ${reference.resource}, which the package lacks`];
    const keys = new Set(target.map((row) => JSON.stringify(reference.fields.map((f) => row[f] ?? null))));
    return rows.flatMap((row, i) => {
      const key = JSON.stringify(fields.map((f) => row[f] ?? null));
      return keys.has(key) ? [] : [`${resource.name} row ${i + 1}: ${key} is not in ${reference.resource}`];
    });
  });
}
