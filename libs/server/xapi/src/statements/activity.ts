import { validateExtensions } from './extensions';
import { isIri, isIrl } from './iri';
import { validateLanguageMap } from './language';
import { at, expectArrayOf, expectFormatted, expectString, has, isJsonObject, problem, property, unknownProperties, type JsonObject, type StatementProblem } from './problems';

const ACTIVITY_PROPERTIES = ['objectType', 'id', 'definition'];
const COMPONENT_PROPERTIES = ['id', 'description'];

/** Data 2.4.4.1.s8.table1.row1: the interaction types, matched case-sensitively (Data 2.2.s4.b1.b6). */
export const INTERACTION_TYPES = [
  'true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other',
] as const;

/** Data 2.4.4.1.s15.table2: which interaction component lists each interaction type supports. */
const COMPONENT_LISTS_BY_TYPE: Record<string, readonly string[]> = {
  choice: ['choices'],
  sequencing: ['choices'],
  likert: ['scale'],
  matching: ['source', 'target'],
  performance: ['steps'],
};
const COMPONENT_LISTS = ['choices', 'scale', 'source', 'target', 'steps'];
const INTERACTION_PROPERTIES = ['correctResponsesPattern', ...COMPONENT_LISTS];
const DEFINITION_PROPERTIES = ['name', 'description', 'type', 'moreInfo', 'interactionType', ...INTERACTION_PROPERTIES, 'extensions'];

/** Data 2.4.4.1.s1.table1.row2: an Activity id is an IRI; the Activities and State resources take the same. */
export function validateActivityId(value: unknown, path = 'activityId'): StatementProblem[] {
  return expectFormatted(isIri, 'an IRI')(value, path);
}

/** Data 2.4.4.1.s15.table1: an interaction component is {id, description?}. */
function validateComponent(value: unknown, path: string): StatementProblem[] {
  if (!isJsonObject(value)) return [problem(path, 'must be an interaction component object')];
  return [
    ...unknownProperties(value, COMPONENT_PROPERTIES, path),
    ...property(value, 'id', path, expectString, true),
    ...property(value, 'description', path, validateLanguageMap),
  ];
}

/** Data 2.4.4.1.s16.b1: within one list, component ids are distinct. */
function validateComponentList(value: unknown, path: string): StatementProblem[] {
  const problems = expectArrayOf(validateComponent)(value, path);
  if (!Array.isArray(value)) return problems;
  const seen = new Set<unknown>();
  value.forEach((component, index) => {
    const id = isJsonObject(component) ? component.id : undefined;
    if (typeof id !== 'string') return;
    if (seen.has(id)) problems.push(problem(`${path}[${index}].id`, `repeats the component id "${id}"`));
    seen.add(id);
  });
  return problems;
}

/** Data 2.4.4.1.s8, s13.b1: interaction properties need a valid interactionType, and only its own component lists. */
function validateInteraction(definition: JsonObject, path: string): StatementProblem[] {
  const interactionType = definition.interactionType;
  const usedInteractionProperties = INTERACTION_PROPERTIES.filter((key) => has(definition, key));
  const problems: StatementProblem[] = [];
  if (!has(definition, 'interactionType')) {
    if (usedInteractionProperties.length > 0) {
      problems.push(problem(at(path, 'interactionType'), `is required when ${usedInteractionProperties.join(', ')} is used`));
    }
  } else if (!(INTERACTION_TYPES as readonly unknown[]).includes(interactionType)) {
    problems.push(problem(at(path, 'interactionType'), `must be one of ${INTERACTION_TYPES.join(', ')}`));
  }
  problems.push(...property(definition, 'correctResponsesPattern', path, expectArrayOf(expectString)));
  for (const list of COMPONENT_LISTS.filter((key) => has(definition, key))) {
    const supported = typeof interactionType === 'string' ? (COMPONENT_LISTS_BY_TYPE[interactionType] ?? []) : [];
    if ((INTERACTION_TYPES as readonly unknown[]).includes(interactionType) && !supported.includes(list)) {
      problems.push(problem(at(path, list), `is not a component list of interactionType "${String(interactionType)}"`));
    }
    problems.push(...validateComponentList(definition[list], at(path, list)));
  }
  return problems;
}

/** Data 2.4.4.1.s2: the Activity Definition. */
function validateDefinition(value: unknown, path: string): StatementProblem[] {
  if (!isJsonObject(value)) return [problem(path, 'must be an Activity Definition object')];
  return [
    ...unknownProperties(value, DEFINITION_PROPERTIES, path),
    ...property(value, 'name', path, validateLanguageMap),
    ...property(value, 'description', path, validateLanguageMap),
    ...property(value, 'type', path, expectFormatted(isIri, 'an IRI')),
    ...property(value, 'moreInfo', path, expectFormatted(isIrl, 'an IRL')),
    ...validateInteraction(value, path),
    ...property(value, 'extensions', path, validateExtensions),
  ];
}

/** Data 2.4.4.1: an Activity, as a statement's object or a context activity. */
export function validateActivity(value: unknown, path: string): StatementProblem[] {
  if (!isJsonObject(value)) return [problem(path, 'must be an Activity object')];
  return [
    ...unknownProperties(value, ACTIVITY_PROPERTIES, path),
    ...property(value, 'objectType', path, (objectType, objectTypePath) =>
      objectType === 'Activity' ? [] : [problem(objectTypePath, 'must be "Activity" when present')],
    ),
    ...property(value, 'id', path, validateActivityId, true),
    ...property(value, 'definition', path, validateDefinition),
  ];
}
