import { isUuid } from './uuid';
import { expectFormatted, isJsonObject, problem, property, unknownProperties, type StatementProblem } from './problems';

const STATEMENT_REF_PROPERTIES = ['objectType', 'id'];

/** Data 2.4.4.3.s4: {objectType: "StatementRef", id: UUID}, as an object or as context.statement. */
export function validateStatementRef(value: unknown, path: string): StatementProblem[] {
  if (!isJsonObject(value)) return [problem(path, 'must be a Statement Reference object')];
  return [
    ...unknownProperties(value, STATEMENT_REF_PROPERTIES, path),
    ...property(value, 'objectType', path, (objectType, objectTypePath) =>
      objectType === 'StatementRef' ? [] : [problem(objectTypePath, 'must be "StatementRef"')], true),
    ...property(value, 'id', path, expectFormatted(isUuid, 'a UUID'), true),
  ];
}
