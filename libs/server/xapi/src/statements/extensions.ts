import { isIri } from './iri';
import { isJsonObject, problem, type StatementProblem } from './problems';

/**
 * Data 4.1.s3: an extensions map's keys MUST be IRIs, and the LRS MUST NOT reject a statement for
 * the values, which may be anything, null included (Data 2.2.s4.b1.b1). An empty map is allowed.
 */
export function validateExtensions(value: unknown, path: string): StatementProblem[] {
  if (!isJsonObject(value)) return [problem(path, 'must be an object of IRI to any value')];
  return Object.keys(value)
    .filter((key) => !isIri(key))
    .map((key) => problem(`${path}.${key}`, 'extension key must be an IRI'));
}
