export { validateStatement, VOIDED_VERB_ID, type StatementProblem } from './validate-statement';
export { validateAgent, canonicalAgentKey } from './agents';
export { validateActivityId, INTERACTION_TYPES } from './activity';
export { statementForStorage, type StorageFields } from './statement-for-storage';
export { isUuid } from './uuid';
export { isIri, isIrl } from './iri';
export { isLanguageTag } from './language';
export { isIsoTimestamp, isIsoDuration } from './iso8601';
export type { JsonObject } from './problems';
