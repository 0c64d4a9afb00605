/**
 * The one canonical form of a content file (`src/content/<collection>/<locale>/<slug>.mdx`):
 * `---`, the frontmatter as YAML with keys in the schema's order (nested objects too), values
 * never folded across lines, absent values left out (no `null`, no empty string), `---`, then
 * the body exactly as written.
 *
 * Both writers use this module, so they cannot disagree: `npm run format` (scripts/format-content.ts)
 * and the content editor at /admin/, which registers it as its file format (src/admin/editor.ts).
 * A save in the editor therefore rewrites only the fields the editor changed. No Node APIs here:
 * it runs in the browser too.
 */
import { z } from 'astro/zod';
import { Document } from 'yaml';
import { parseContentFile, type Frontmatter } from './frontmatter';
import { collectionSchemas, type CollectionName } from './schemas';

/** The name under which the editor registers this format for a collection (its config's `format`). */
export const editorFormatName = (collection: string): string => `canonical-mdx-${collection}`;

// The splitter lives with the catalogue's (frontmatter.ts); the editor and scripts import it from here too.
export { parseContentFile, type ContentFileParts, type Frontmatter } from './frontmatter';

/** Where keys go: each object's keys in schema order, and the order inside each nested object. */
interface KeyOrder {
  keys: string[];
  nested: Record<string, KeyOrder>;
}

function innerType(schema: z.ZodTypeAny): z.ZodTypeAny {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return innerType(schema.unwrap());
  if (schema instanceof z.ZodDefault) return innerType(schema._def.innerType);
  if (schema instanceof z.ZodEffects) return innerType(schema._def.schema);
  if (schema instanceof z.ZodArray) return innerType(schema.element);
  return schema;
}

function keyOrderOf(schema: z.ZodTypeAny): KeyOrder {
  const object = innerType(schema);
  if (!(object instanceof z.ZodObject)) return { keys: [], nested: {} };
  const shape = object.shape as Record<string, z.ZodTypeAny>;
  const nested: Record<string, KeyOrder> = {};
  for (const [key, value] of Object.entries(shape)) if (innerType(value) instanceof z.ZodObject) nested[key] = keyOrderOf(value);
  return { keys: Object.keys(shape), nested };
}

const orders = new Map<CollectionName, KeyOrder>();
const orderOf = (collection: CollectionName): KeyOrder => {
  let order = orders.get(collection);
  if (!order) orders.set(collection, (order = keyOrderOf(collectionSchemas[collection])));
  return order;
};

/** An editor leaves a cleared or untouched optional field as null, undefined or "": all mean absent. */
export const isAbsent = (value: unknown): boolean => value === null || value === undefined || value === '';

/** Drops absent values and puts keys in schema order; keys the schema does not know keep their place after them. */
function canonicalValue(value: unknown, order: KeyOrder | undefined): unknown {
  if (Array.isArray(value)) return value.filter((item) => !isAbsent(item)).map((item) => canonicalValue(item, order));
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const known = order?.keys ?? [];
  const keys = [...known.filter((key) => key in record), ...Object.keys(record).filter((key) => !known.includes(key))];
  const out: Record<string, unknown> = {};
  for (const key of keys) if (!isAbsent(record[key])) out[key] = canonicalValue(record[key], order?.nested[key]);
  return out;
}

/** The frontmatter of `collection` without absent values, keys in schema order. */
export function canonicalFrontmatter(collection: CollectionName, data: Frontmatter): Frontmatter {
  return canonicalValue(data, orderOf(collection)) as Frontmatter;
}

/** The YAML text of frontmatter: block style, single quotes where quoting is needed, no line folding. */
function yamlText(data: Frontmatter): string {
  if (Object.keys(data).length === 0) return '';
  return new Document(data, { aliasDuplicateObjects: false }).toString({ lineWidth: 0, singleQuote: true });
}

/** A content file in canonical form. The body is kept as written, with line endings as LF and one final newline. */
export function formatContentFile(collection: CollectionName, data: Frontmatter, body: string): string {
  const text = body.replace(/\r\n/g, '\n');
  const ending = text === '' || text.endsWith('\n') ? '' : '\n';
  return `---\n${yamlText(canonicalFrontmatter(collection, data))}---\n${text}${ending}`;
}

/** The same file in canonical form (what `npm run format` writes and `npm run lint` expects). */
export function canonicalContentFile(collection: CollectionName, text: string): string {
  const { data, body } = parseContentFile(text);
  return formatContentFile(collection, data, body);
}
