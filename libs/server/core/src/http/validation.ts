import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';

export interface FieldProblem {
  field: string;
  messages: string[];
}

/** A 400 lists at most this many problems: a body of 50,000 unknown keys would otherwise be answered with megabytes. */
export const MAX_LISTED_PROBLEMS = 50;

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** The first MAX_LISTED_PROBLEMS problems as the details of a 400, and its message: `what: one; two; and 9 more`. */
export function listedProblems<P>(what: string, problems: P[], describe: (problem: P) => string): { message: string; details: P[] } {
  const details = problems.slice(0, MAX_LISTED_PROBLEMS);
  const more = problems.length > details.length ? `; and ${problems.length - details.length} more` : '';
  return { message: `${what}: ${details.map(describe).join('; ')}${more}`, details };
}

function invalidInput(problems: FieldProblem[]): BadRequestException {
  return new BadRequestException(listedProblems('Invalid input', problems, (d) => `${d.field}: ${d.messages.join(', ')}`));
}

/**
 * The nulls of a validated body where its class does not declare the property `nullable` (in its
 * OpenAPI metadata, which the document shows). class-validator's IsOptional, and PartialType,
 * skip every rule for null as for a missing property, so a null title reached the database.
 */
function unexpectedNulls(value: unknown, parent = ''): FieldProblem[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => unexpectedNulls(item, parent ? `${parent}.${i}` : String(i)));
  const prototype: unknown = value && typeof value === 'object' ? Object.getPrototypeOf(value) : null;
  // Plain objects are free-form JSON (SCORM's cmi): no class, no contract to hold them to.
  if (!prototype || prototype === Object.prototype) return [];
  return Object.entries(value as object).flatMap(([key, child]: [string, unknown]) => {
    const field = parent ? `${parent}.${key}` : key;
    if (child !== null) return unexpectedNulls(child, field);
    const property: { nullable?: boolean } | undefined = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, prototype, key);
    return property?.nullable ? [] : [{ field, messages: [`${key} must not be null`] }];
  });
}

/** PostgreSQL cannot store U+0000 in text; a query or path value holding one is refused before it gets there. */
function nulIn(value: unknown, field: string): FieldProblem[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [{ field, messages: [`${field} must not contain the NUL character`] }] : [];
  if (Array.isArray(value)) return value.flatMap((item) => nulIn(item, field));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => nulIn(item, key));
  return [];
}

/**
 * The most properties one object of a validated body may have. No DTO has twenty, nor does a
 * free-form object inside one (SCORM's cmi) come near; class-transformer's time grows with the
 * square of an object's keys, and the 50,000 that fit in a 1 MB body took it 1.2 s.
 */
export const MAX_OBJECT_KEYS = 1_000;

function widestObject(value: unknown): number {
  if (!value || typeof value !== 'object') return 0;
  const children = Object.values(value);
  return children.reduce((widest: number, child) => Math.max(widest, widestObject(child)), Array.isArray(value) ? 0 : children.length);
}

class LaneValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'query' || metadata.type === 'param') {
      const nuls = nulIn(value, metadata.data ?? metadata.type);
      if (nuls.length) throw invalidInput(nuls);
    }
    if (metadata.type === 'body' && this.toValidate(metadata) && widestObject(value) > MAX_OBJECT_KEYS) {
      throw invalidInput([{ field: metadata.data ?? 'body', messages: [`an object of the body has more than ${MAX_OBJECT_KEYS.toLocaleString('en')} properties`] }]);
    }
    const result: unknown = await super.transform(value, metadata);
    if (metadata.type === 'body') {
      const nulls = unexpectedNulls(result);
      if (nulls.length) throw invalidInput(nulls);
    }
    return result;
  }
}

/**
 * Whitelists and transforms every body and query; unknown fields are an error, not ignored, and
 * so is a null the contract does not allow.
 */
export function createValidationPipe(): ValidationPipe {
  return new LaneValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => invalidInput(flatten(errors)),
  });
}

/**
 * Deeper than any body Lane takes (an xAPI statement or a SCORM cmi tree nests under twenty
 * levels); class-transformer recurses per level, and 10,000 levels overflowed its stack.
 */
export const MAX_JSON_DEPTH = 64;

/** The UTF-16 unit of the four hex digits at `at`, or -1 (JSON.parse then refuses the text). */
function hexUnit(text: string, at: number): number {
  const hex = text.slice(at, at + 4);
  return /^[0-9a-fA-F]{4}$/.test(hex) ? parseInt(hex, 16) : -1;
}

/**
 * Why a JSON text is refused before it is parsed, or null. Besides the depth, two characters no
 * column can hold: an escaped U+0000 (PostgreSQL refuses it in text and jsonb) and a lone UTF-16
 * surrogate (not Unicode at all; validator.js's isEmail throws on one). One pass, no recursion.
 */
export function jsonTextProblem(text: string): string | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!inString) {
      if (c === 0x22) inString = true;
      else if (c === 0x5b || c === 0x7b) {
        if (++depth > MAX_JSON_DEPTH) return `it nests deeper than ${MAX_JSON_DEPTH} levels`;
      } else if (c === 0x5d || c === 0x7d) depth--;
      continue;
    }
    if (c === 0x22) inString = false;
    else if (c === 0x5c) {
      if (text[i + 1] !== 'u') {
        i++;
        continue;
      }
      const unit = hexUnit(text, i + 2);
      i += 5;
      if (unit === 0) return 'a string holds the NUL character (\\u0000)';
      if (unit >= 0xdc00 && unit <= 0xdfff) return 'a string holds a lone surrogate';
      if (unit >= 0xd800 && unit <= 0xdbff) {
        const low = text.slice(i + 1, i + 3) === '\\u' ? hexUnit(text, i + 3) : -1;
        if (!(low >= 0xdc00 && low <= 0xdfff)) return 'a string holds a lone surrogate';
        i += 6;
      }
    }
  }
  return null;
}
