import { validateActivityId } from './activity';
import { APPENDIX_B_ACTIVITY, APPENDIX_C_DEFINITIONS } from './testing/spec-examples';
import { ACTIVITY, problemPaths, statement, subStatement, withDefinition } from './testing/statements';
import { validateStatement } from './validate-statement';

const ACTIVITY_PLACES = [
  ['object', (activity: unknown) => statement({ object: activity }), 'object'],
  ['SubStatement object', (activity: unknown) => statement({ object: subStatement({ object: activity }) }), 'object.object'],
  ['context parent', (activity: unknown) => statement({ context: { contextActivities: { parent: [activity] } } }), 'context.contextActivities.parent[0]'],
] as const;

describe('Activities (2.4.4.1)', () => {
  it.each(ACTIVITY_PLACES)('2.4.4.1 %s: the Appendix B Activity is valid', (_place, build) => {
    expect(validateStatement(build(APPENDIX_B_ACTIVITY))).toEqual([]);
  });

  it.each(ACTIVITY_PLACES)('2.4.4.1.s1.table1.row2 %s: an Activity MUST have an id', (_place, build, path) => {
    expect(problemPaths(build({ objectType: 'Activity' }))).toEqual([`${path}.id`]);
  });

  it.each(ACTIVITY_PLACES)('2.4.4.1.s1.table1.row2 %s: an Activity id MUST be an IRI', (_place, build, path) => {
    expect(problemPaths(build({ id: 'ab=c://should.fail.com' }))).toEqual([`${path}.id`]);
  });

  it.each(ACTIVITY_PLACES)('2.4.4.1.s1.table1.row1 %s: objectType MUST be "Activity" when present', (_place, build) => {
    expect(validateStatement(build({ ...ACTIVITY, objectType: 'Activity' }))).toEqual([]);
    expect(validateStatement(build(ACTIVITY))).toEqual([]);
  });

  it.each(ACTIVITY_PLACES)('2.4.4.1.s1.table1.row3 %s: definition MUST be an object', (_place, build, path) => {
    expect(problemPaths(build({ ...ACTIVITY, definition: 'should error' }))).toEqual([`${path}.definition`]);
  });

  it('2.4.4.1.s2.table1.row1 a definition\'s name is a Language Map', () => {
    for (const name of [12345, 'should error', {}, { a12345: 'x' }]) {
      expect(problemPaths(withDefinition({ name }))[0]).toMatch(/^object\.definition\.name/);
    }
  });

  it('2.4.4.1.s2.table1.row2 a definition\'s description is a Language Map', () => {
    for (const description of [12345, 'should error', {}, { a12345: 'x' }]) {
      expect(problemPaths(withDefinition({ description }))[0]).toMatch(/^object\.definition\.description/);
    }
  });

  it('2.4.4.1.s2.table1.row3 a definition\'s type is an IRI', () => {
    expect(problemPaths(withDefinition({ type: 'should error' }))).toEqual(['object.definition.type']);
  });

  it('2.4.4.1.s2.table1.row4 a definition\'s moreInfo is an IRL', () => {
    expect(validateStatement(withDefinition({ moreInfo: 'http://virtualmeeting.example.com/345256' }))).toEqual([]);
    expect(problemPaths(withDefinition({ moreInfo: 'should error' }))).toEqual(['object.definition.moreInfo']);
    expect(problemPaths(withDefinition({ moreInfo: 'urn:isbn:0451450523' }))).toEqual(['object.definition.moreInfo']);
  });

  it('2.4.4.1.s2.table1.row5 a definition\'s extensions is an extensions map with IRI keys', () => {
    expect(problemPaths(withDefinition({ extensions: 'should error' }))).toEqual(['object.definition.extensions']);
    expect(problemPaths(withDefinition({ extensions: { id: 'valid', description: { 'en-US': 'valid' } } }))).toEqual([
      'object.definition.extensions.id',
      'object.definition.extensions.description',
    ]);
  });
});

describe('Interaction Activities (2.4.4.1.s6 - s16)', () => {
  it.each(Object.entries(APPENDIX_C_DEFINITIONS))('Appendix C the %s example definition is valid', (_type, definition) => {
    expect(validateStatement(withDefinition(definition))).toEqual([]);
    expect(validateStatement(statement({ object: subStatement({ object: { ...ACTIVITY, definition } }) }))).toEqual([]);
  });

  it.each(['true-faLse', 'choiCe', 'fill-iN', 'long-fiLl-in', 'matchIng', 'perfOrmance', 'seqUencing', 'liKert', 'nUmeric', 'Other'])(
    '2.2.s4.b1.b6 / 2.4.4.1.s13.b1 interactionType %s does not match an interaction type exactly',
    (interactionType) => {
      expect(problemPaths(withDefinition({ interactionType }))).toEqual(['object.definition.interactionType']);
    },
  );

  it('2.4.4.1.s13.b1 interactionType MUST be one of the ten types (not an IRI, number or object)', () => {
    for (const interactionType of ['http://adlnet.gov/expapi/activities/cmi.interaction', 12345, { key: 'choice' }, 'essay']) {
      expect(problemPaths(withDefinition({ interactionType }))).toEqual(['object.definition.interactionType']);
    }
  });

  it.each(Object.entries(APPENDIX_C_DEFINITIONS))(
    '2.4.4.1.s8.table1.row1 interactionType is required when the interaction properties of %s are used',
    (_type, { interactionType: _interactionType, ...definition }) => {
      expect(problemPaths(withDefinition(definition))).toEqual(['object.definition.interactionType']);
    },
  );

  it('2.4.4.1.s8.table1.row2 correctResponsesPattern is an array of strings, which may be empty', () => {
    expect(validateStatement(withDefinition({ interactionType: 'choice', correctResponsesPattern: [] }))).toEqual([]);
    expect(problemPaths(withDefinition({ interactionType: 'fill-in', correctResponsesPattern: 'foo' }))).toEqual(['object.definition.correctResponsesPattern']);
    expect(problemPaths(withDefinition({ interactionType: 'numeric', correctResponsesPattern: [4] }))).toEqual(['object.definition.correctResponsesPattern[0]']);
  });

  it.each([
    ['true-false', 'choices'],
    ['fill-in', 'scale'],
    ['long-fill-in', 'steps'],
    ['numeric', 'source'],
    ['other', 'target'],
    ['choice', 'scale'],
    ['sequencing', 'steps'],
    ['likert', 'choices'],
    ['matching', 'choices'],
    ['performance', 'target'],
  ])('2.4.4.1.s15.table2 a %s interaction does not support the "%s" component list', (interactionType, list) => {
    expect(problemPaths(withDefinition({ interactionType, [list]: [{ id: 'a' }] }))).toEqual([`object.definition.${list}`]);
  });

  it('2.4.4.1.s15.table1 an interaction component MUST have an id, a String', () => {
    expect(problemPaths(withDefinition({ interactionType: 'choice', choices: [{ description: { en: 'A' } }] }))).toEqual(['object.definition.choices[0].id']);
    expect(problemPaths(withDefinition({ interactionType: 'likert', scale: [{ id: 1 }] }))).toEqual(['object.definition.scale[0].id']);
    expect(problemPaths(withDefinition({ interactionType: 'likert', scale: ['likert_0'] }))).toEqual(['object.definition.scale[0]']);
  });

  it('2.4.4.1.s15.table1 an interaction component\'s description is a Language Map', () => {
    expect(problemPaths(withDefinition({ interactionType: 'performance', steps: [{ id: 'a', description: 'A' }] }))).toEqual(['object.definition.steps[0].description']);
    expect(problemPaths(withDefinition({ interactionType: 'matching', source: [{ id: 'a', description: { 'e n': 'A' } }] }))).toEqual(['object.definition.source[0].description.e n']);
  });

  it('2.4.4.1.s15 a component list is an array', () => {
    expect(problemPaths(withDefinition({ interactionType: 'choice', choices: { id: 'a' } }))).toEqual(['object.definition.choices']);
  });

  it('2.4.4.1.s16.b1 within an array of interaction components, all ids MUST be distinct', () => {
    expect(problemPaths(withDefinition({ interactionType: 'matching', source: [{ id: 'a' }, { id: 'b' }, { id: 'a' }], target: [{ id: 'a' }] }))).toEqual([
      'object.definition.source[2].id',
    ]);
  });
});

describe('validateActivityId (the activityId parameter)', () => {
  it('2.2.s4.b4 an activityId parameter is an IRI, as in statements', () => {
    expect(validateActivityId('http://example.com/activities/1')).toEqual([]);
    expect(validateActivityId('activity 1').map((found) => found.path)).toEqual(['activityId']);
    expect(validateActivityId(undefined, 'query.activityId').map((found) => found.path)).toEqual(['query.activityId']);
  });
});
