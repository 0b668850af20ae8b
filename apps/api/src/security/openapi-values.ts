import { randomUUID } from 'node:crypto';
import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';

/**
 * Values built from the OpenAPI document's schemas, for openapi-fuzz.int-spec.ts: a plausible
 * body, the same body with one property of the wrong type, properties the schema does not have.
 * Nothing here knows an endpoint; everything comes from the document.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
/** A property's place in a body: keys, and 0 for the first item of an array. */
export type JsonPath = (string | 0)[];
/** The id of a resource this suite created, by the noun of a URL segment or a property (see nounOf). */
export type IdFor = (name: string) => string;

/** Properties an attacker adds to a write, hoping the server copies them onto the row. */
export const EXTRA_PROPERTIES: JsonObject = {
  id: randomUUID(),
  isAdmin: true,
  roles: ['admin'],
  ownerId: randomUUID(),
  createdBy: randomUUID(),
  status: 'published',
  orgUnitId: randomUUID(),
  userId: randomUUID(),
  passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g',
  createdAt: '2020-01-01T00:00:00.000Z',
  version: 99,
};

/** `questionBankId` and `question-banks` both name a `questionbank`; `userIds` and `users` a `user`. */
export function nounOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ids?$/, '')
    .replace(/zzes$/, 'z')
    .replace(/ies$/, 'y')
    .replace(/s$/, '');
}

export function resolve(doc: OpenAPIObject, schema: SchemaObject | ReferenceObject | undefined): SchemaObject {
  if (!schema) return {};
  if ('$ref' in schema) return resolve(doc, doc.components?.schemas?.[schema.$ref.split('/').pop()!]);
  if (schema.allOf?.length === 1) return { ...resolve(doc, schema.allOf[0]), ...schema, allOf: undefined };
  return schema;
}

function typeOf(schema: SchemaObject): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  if (schema.type) return schema.type;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

/** An object whose every property the schema lists, so that any other one is an intruder. */
export function isClosedObject(schema: SchemaObject): boolean {
  return typeOf(schema) === 'object' && !!schema.properties && Object.keys(schema.properties).length > 0 && schema.additionalProperties !== true;
}

function text(schema: SchemaObject): string {
  const value = 'plausible text';
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Infinity;
  return (value.length < min ? value.padEnd(min, 'x') : value).slice(0, max);
}

/** A value the schema accepts, or as close as the schema can tell: examples first, then enums, then by type. */
export function plausible(doc: OpenAPIObject, ref: SchemaObject | ReferenceObject | undefined, name: string, idFor: IdFor): Json {
  const schema = resolve(doc, ref);
  if (schema.example !== undefined) return schema.example as Json;
  if (schema.enum?.length) return schema.enum[0] as Json;
  switch (typeOf(schema)) {
    case 'string':
      if (schema.format === 'uuid') return idFor(name);
      if (schema.format === 'date-time') return new Date().toISOString();
      if (schema.format === 'date') return new Date().toISOString().slice(0, 10);
      if (/email/i.test(name)) return `fuzz-${randomUUID().slice(0, 8)}@lane.test`;
      return text(schema);
    case 'number':
    case 'integer':
      return Math.min(schema.minimum ?? 1, schema.maximum ?? Infinity);
    case 'boolean':
      return true;
    case 'array':
      return [plausible(doc, schema.items, name, idFor)];
    case 'object': {
      if (!schema.properties) return schema.nullable ? null : {};
      const body: JsonObject = {};
      for (const key of schema.required ?? []) body[key] = plausible(doc, schema.properties[key], key, idFor);
      return body;
    }
    default:
      return schema.nullable ? null : 'plausible text';
  }
}

/** Every property of a body schema, nested objects and the items of arrays of objects included, to `depth` levels. */
export function propertyPaths(doc: OpenAPIObject, ref: SchemaObject | ReferenceObject | undefined, depth = 3, at: JsonPath = []): { path: JsonPath; schema: SchemaObject }[] {
  const schema = resolve(doc, ref);
  if (depth === 0 || !schema.properties) return [];
  return Object.entries(schema.properties).flatMap(([key, child]) => {
    const resolved = resolve(doc, child);
    const path = [...at, key];
    const inner = typeOf(resolved) === 'array' ? propertyPaths(doc, resolved.items, depth - 1, [...path, 0]) : propertyPaths(doc, resolved, depth - 1, path);
    return [{ path, schema: resolved }, ...inner];
  });
}

/** The closed objects inside a body schema (not the body itself), where an intruding property can hide too. */
export function nestedObjectPaths(doc: OpenAPIObject, ref: SchemaObject | ReferenceObject | undefined): { path: JsonPath; schema: SchemaObject }[] {
  return propertyPaths(doc, ref).flatMap(({ path, schema }) => {
    if (isClosedObject(schema)) return [{ path, schema }];
    const items = typeOf(schema) === 'array' ? resolve(doc, schema.items) : undefined;
    return items && isClosedObject(items) ? [{ path: [...path, 0 as const], schema: items }] : [];
  });
}

/**
 * A copy of `body` with `value` at `path`. Missing parents are made plausible first (a missing
 * array gets one plausible item), so the value sits where the server will look for it.
 */
export function withValueAt(doc: OpenAPIObject, rootRef: SchemaObject | ReferenceObject | undefined, body: Json, path: JsonPath, value: Json, idFor: IdFor): Json {
  const copy = structuredClone(body);
  let node = copy as JsonObject | Json[];
  let schema = resolve(doc, rootRef);
  path.forEach((step, i) => {
    const last = i === path.length - 1;
    const childSchema = resolve(doc, step === 0 ? schema.items : schema.properties?.[step]);
    const container = node as Record<string | number, Json>;
    if (last) {
      container[step] = value;
      return;
    }
    const existing = container[step];
    if (existing === null || typeof existing !== 'object') container[step] = step === 0 ? plausible(doc, childSchema, String(path[i - 1]), idFor) : plausible(doc, childSchema, step, idFor);
    node = container[step] as JsonObject | Json[];
    schema = childSchema;
  });
  return copy;
}

/** Values of another type than the schema's; null unless the schema is nullable. */
export function wrongTypes(doc: OpenAPIObject, ref: SchemaObject | ReferenceObject): Json[] {
  const schema = resolve(doc, ref);
  const nul: Json[] = schema.nullable ? [] : [null];
  switch (typeOf(schema)) {
    case 'string':
      return [12345, true, { value: 'x' }, ['x'], ...nul];
    case 'number':
    case 'integer':
      return ['12', true, { value: 1 }, [1], ...nul];
    case 'boolean':
      return ['true', 1, { value: true }, [true], ...nul];
    case 'array': {
      const items = resolve(doc, schema.items);
      const wrongItem = typeOf(items) ? wrongTypes(doc, items).find((v) => v !== null) : undefined;
      return ['x', 12345, { 0: 'x' }, ...nul, ...(wrongItem === undefined ? [] : [[wrongItem]])];
    }
    case 'object':
      // `string | null` and `number | null` come out as a nullable object without properties: only an array is surely wrong.
      return schema.properties ? ['x', 12345, true, [{}], ...nul] : [[{}]];
    default:
      return [];
  }
}

/** Values of the right type that the database or the parser may choke on: they may be refused, never a 500. */
export function edgeValues(doc: OpenAPIObject, ref: SchemaObject | ReferenceObject): Json[] {
  const schema = resolve(doc, ref);
  switch (typeOf(schema)) {
    case 'string':
      if (schema.format === 'uuid') return ['00000000-0000-0000-0000-000000000000', 'not-a-uuid', `${randomUUID()}' OR '1'='1`];
      if (schema.format === 'date-time' || schema.format === 'date') return ['2026-02-30T00:00:00Z', '+275760-09-13T00:00:00.000Z', '0000-00-00', 'yesterday'];
      return ['nul \u0000 byte', 'lone \ud800 surrogate', 'x'.repeat(100_000), "' OR '1'='1' --", '', ...(schema.enum ? ['NOT-IN-THE-ENUM'] : [])];
    case 'number':
    case 'integer':
      return [Number.MAX_VALUE, -Number.MAX_VALUE, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 1.5, 0, -1, 5e-324];
    case 'array': {
      const item = plausible(doc, schema.items, '', () => randomUUID());
      return [[], Array.from({ length: 5_000 }, () => item)];
    }
    default:
      return [];
  }
}
