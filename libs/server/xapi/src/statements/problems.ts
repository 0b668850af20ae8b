/** One reason a statement (or one of its parts) breaks xAPI 1.0.3; `path` points at the offending value. */
export type StatementProblem = { path: string; message: string };

/** A JSON object, as opposed to an array, null or a scalar. */
export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function problem(path: string, message: string): StatementProblem {
  return { path, message };
}

/** `path` joined with a property name, so that problems at the root read "id" rather than ".id". */
export function at(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** Data 2.2.s4.b1.b5, b1.b7: the spec fixes every key and its case; anything else is refused. */
export function unknownProperties(value: JsonObject, allowed: readonly string[], path: string): StatementProblem[] {
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) => problem(at(path, key), 'is not a property xAPI 1.0.3 allows here'));
}

/** A property counts as present when it holds anything but undefined, so that null is reported as the wrong type (Data 2.2.s4.b1.b1). */
export function has(value: JsonObject, key: string): boolean {
  return value[key] !== undefined;
}

/** Runs `check` on `value[key]` when present, and reports a missing required one. */
export function property(
  value: JsonObject,
  key: string,
  path: string,
  check: (child: unknown, childPath: string) => StatementProblem[],
  required = false,
): StatementProblem[] {
  if (!has(value, key)) return required ? [problem(at(path, key), 'is required')] : [];
  return check(value[key], at(path, key));
}

export function expectString(value: unknown, path: string): StatementProblem[] {
  return typeof value === 'string' ? [] : [problem(path, 'must be a string')];
}

export function expectBoolean(value: unknown, path: string): StatementProblem[] {
  return typeof value === 'boolean' ? [] : [problem(path, 'must be a boolean')];
}

/** Data 2.2.s4.b1.b2: a number, never a string holding one. */
export function expectNumber(value: unknown, path: string): StatementProblem[] {
  return typeof value === 'number' && Number.isFinite(value) ? [] : [problem(path, 'must be a number')];
}

/** A string that must also pass `isValid`, e.g. an IRI or a UUID (Data 2.2.s4.b1.b4). */
export function expectFormatted(isValid: (value: string) => boolean, what: string) {
  return (value: unknown, path: string): StatementProblem[] => {
    if (typeof value !== 'string') return [problem(path, `must be a string holding ${what}`)];
    return isValid(value) ? [] : [problem(path, `must be ${what}`)];
  };
}

/** Checks every element of an array with `check`, naming each by its index. */
export function expectArrayOf(
  check: (element: unknown, path: string) => StatementProblem[],
): (value: unknown, path: string) => StatementProblem[] {
  return (value, path) => {
    if (!Array.isArray(value)) return [problem(path, 'must be an array')];
    return value.flatMap((element, index) => check(element, `${path}[${index}]`));
  };
}
