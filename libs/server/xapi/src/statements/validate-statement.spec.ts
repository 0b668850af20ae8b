import { validateStatement } from './validate-statement';
import { APPENDIX_A_COMPLETION, APPENDIX_A_LONG, APPENDIX_A_SIMPLE, APPENDIX_B_AGENT, APPENDIX_B_GROUP, APPENDIX_B_SUBSTATEMENT, APPENDIX_D_SIGNED, SIMPLEST_STATEMENT, STATEMENT_REF_COMMENT, SUBSTATEMENT_PLAN, VOIDING_STATEMENT } from './testing/spec-examples';
import { ACTIVITY, AGENT, ANONYMOUS_GROUP, UUID, VERB, problemPaths, statement, subStatement, withContext, withDefinition, withResult } from './testing/statements';

const STATEMENT_REF = { objectType: 'StatementRef', id: UUID };

describe('validateStatement: the spec\'s own examples are valid', () => {
  it.each([
    ['2.4.s2 the simplest possible Statement', SIMPLEST_STATEMENT],
    ['2.3.2.s3 the voiding example', VOIDING_STATEMENT],
    ['2.4.4.3.s5 the Statement Reference example', STATEMENT_REF_COMMENT],
    ['2.4.4.3.s9 the SubStatement example', SUBSTATEMENT_PLAN],
    ['Appendix A the simple statement', APPENDIX_A_SIMPLE],
    ['Appendix A the completion statement', APPENDIX_A_COMPLETION],
    ['Appendix A the long statement with authority, stored and version', APPENDIX_A_LONG],
    ['Appendix B an Agent object', statement({ object: APPENDIX_B_AGENT })],
    ['Appendix B an Identified Group object with members', statement({ object: APPENDIX_B_GROUP })],
    ['Appendix B a SubStatement object whose object is a Statement Reference', statement({ object: APPENDIX_B_SUBSTATEMENT })],
    ['Appendix D the signed statement with its signature attachment', APPENDIX_D_SIGNED],
  ])('%s', (_name, example) => {
    expect(validateStatement(example)).toEqual([]);
  });
});

describe('validateStatement: 2.2 Formatting Requirements', () => {
  it('2.2 a statement MUST be a JSON object', () => {
    expect(problemPaths([statement()])).toEqual(['']);
    expect(problemPaths('statement')).toEqual(['']);
  });

  it.each(['actor', 'verb', 'object'])('2.2.s2.b3 a Statement MUST use "%s"', (key) => {
    const { [key]: _removed, ...rest } = statement();
    expect(problemPaths(rest)).toContain(key);
  });

  it.each([
    ['actor.name', statement({ actor: { ...AGENT, name: null } })],
    ['verb.display.en-US', statement({ verb: { ...VERB, display: { 'en-US': null } } })],
    ['context.registration', withContext({ registration: null })],
    ['object.definition.moreInfo', withDefinition({ moreInfo: null })],
    ['result.score', withResult({ score: null })],
  ])('2.2.s4.b1.b1 the LRS MUST reject null values (%s)', (path, input) => {
    expect(problemPaths(input)).toContain(path);
  });

  it('2.2.s4.b1.b1 null values are allowed inside extensions', () => {
    const extensions = { 'http://example.com/null': null };
    expect(validateStatement(withDefinition({ extensions }))).toEqual([]);
    expect(validateStatement(withResult({ extensions }))).toEqual([]);
    expect(validateStatement(withContext({ extensions }))).toEqual([]);
  });

  it('2.2.s4.b1.b2 the LRS MUST reject strings where numbers are required, even if they contain numbers', () => {
    expect(problemPaths(withResult({ score: { max: 'one hundred' } }))).toContain('result.score.max');
    expect(problemPaths(withResult({ score: { max: '100' } }))).toContain('result.score.max');
  });

  it('2.2.s4.b1.b3 the LRS MUST reject strings where booleans are required, even if they contain booleans', () => {
    expect(problemPaths(withResult({ success: 'We regret to inform you that your effort was unsuccessful.' }))).toContain('result.success');
    expect(problemPaths(withResult({ completion: 'false' }))).toContain('result.completion');
  });

  it.each([
    ['id', statement({ id: '' })],
    ['verb.id', statement({ verb: { id: '' } })],
    ['actor.mbox', statement({ actor: { mbox: '' } })],
    ['object.id', statement({ object: { id: '' } })],
    ['context.registration', withContext({ registration: '' })],
  ])('2.2.s4.b1.b4 the LRS MUST reject a non-format-following value, including the empty string (%s)', (path, input) => {
    expect(problemPaths(input)).toContain(path);
  });

  it.each([
    ['iD', { iD: UUID }],
    ['Actor', { Actor: AGENT }],
    ['veRb', { veRb: VERB }],
    ['oBject', { oBject: ACTIVITY }],
    ['RESULT', { RESULT: {} }],
    ['conText', { conText: {} }],
    ['timeStamp', { timeStamp: '2013-05-18T05:32:34.804Z' }],
    ['STOred', { STOred: '2013-05-18T05:32:34.804Z' }],
    ['auTHORity', { auTHORity: AGENT }],
    ['Version', { Version: '1.0.3' }],
    ['attachmentS', { attachmentS: [] }],
  ])('2.2.s4.b1.b5 the LRS MUST reject a key whose case does not match the spec (%s)', (key, extra) => {
    expect(problemPaths(statement(extra))).toContain(key);
  });

  it.each([
    ['object.definition.interactionType', withDefinition({ interactionType: 'choiCe' })],
    ['actor.objectType', statement({ actor: { ...AGENT, objectType: 'agent' } })],
    ['object.objectType', statement({ object: { ...ACTIVITY, objectType: 'activity' } })],
    ['object.objectType', statement({ object: { ...STATEMENT_REF, objectType: 'statementref' } })],
    ['object.objectType', statement({ object: subStatement({ objectType: 'substatement' }) })],
  ])('2.2.s4.b1.b6 the LRS MUST reject an enumerated value whose case does not match exactly (%s)', (path, input) => {
    expect(problemPaths(input)).toContain(path);
  });

  it.each([
    ['statement', statement({ extra: 1 }), 'extra'],
    ['statement objectType', statement({ objectType: 'Statement' }), 'objectType'],
    ['actor', statement({ actor: { ...AGENT, age: 30 } }), 'actor.age'],
    ['group', statement({ actor: { ...ANONYMOUS_GROUP, size: 2 } }), 'actor.size'],
    ['account', statement({ actor: { account: { homePage: 'http://example.com', name: 'x', id: 1 } } }), 'actor.account.id'],
    ['verb', statement({ verb: { ...VERB, type: 'x' } }), 'verb.type'],
    ['activity', statement({ object: { ...ACTIVITY, name: 'x' } }), 'object.name'],
    ['definition', withDefinition({ title: 'x' }), 'object.definition.title'],
    ['interaction component', withDefinition({ interactionType: 'choice', choices: [{ id: 'a', text: 'A' }] }), 'object.definition.choices[0].text'],
    ['result', withResult({ grade: 'A' }), 'result.grade'],
    ['score', withResult({ score: { percent: 50 } }), 'result.score.percent'],
    ['context', withContext({ location: 'x' }), 'context.location'],
    ['statement reference', statement({ object: { ...STATEMENT_REF, note: 'x' } }), 'object.note'],
    ['SubStatement', statement({ object: subStatement({ note: 'x' }) }), 'object.note'],
    ['attachment', statement({ attachments: [{ usageType: 'http://example.com/u', display: { en: 'a' }, contentType: 'text/plain', length: 1, sha2: 'a'.repeat(64), size: 1 }] }), 'attachments[0].size'],
  ])('2.2.s4.b1.b7 the LRS MUST reject a key not allowed by the spec (%s)', (_level, input, path) => {
    expect(problemPaths(input)).toContain(path);
  });

  it.each([
    ['verb.id', statement({ verb: { id: 'example.com/verbs/attempted' } })],
    ['object.id', statement({ object: { id: '/activities/relative' } })],
    ['object.definition.type', withDefinition({ type: 'activities/quiz' })],
    ['actor.account.homePage', statement({ actor: { account: { homePage: 'www.example.com', name: 'x' } } })],
  ])('2.2.s4.b1.b8 the LRS MUST reject IRL or IRI values without a scheme (%s)', (path, input) => {
    expect(problemPaths(input)).toContain(path);
  });

  it('2.2 (ADL XAPI-00014) a JSON fragment smuggled into a string value is refused', () => {
    expect(problemPaths(statement({ actor: { ...AGENT, objectType: '"objectType": "Agent"' } }))).toContain('actor.objectType');
  });
});

describe('validateStatement: 2.3.2 Voiding', () => {
  const voided = { id: 'http://adlnet.gov/expapi/verbs/voided' };

  it('2.3.2.s2.b1 a voiding Statement\'s object MUST have objectType StatementRef', () => {
    expect(problemPaths(statement({ verb: voided }))).toEqual(['object']);
    expect(problemPaths(statement({ verb: voided, object: subStatement() }))).toContain('object');
  });

  it('2.3.2.s2.b2 a voiding Statement names the voided statement by the StatementRef\'s id', () => {
    expect(validateStatement(statement({ verb: voided, object: STATEMENT_REF }))).toEqual([]);
    expect(problemPaths(statement({ verb: voided, object: { objectType: 'StatementRef' } }))).toEqual(['object.id']);
  });
});

describe('validateStatement: 2.4.1 ID', () => {
  it('2.4.1.s1 a Statement id in standard UUID form, either case, is accepted', () => {
    expect(validateStatement(statement({ id: UUID }))).toEqual([]);
    expect(validateStatement(statement({ id: UUID.toUpperCase() }))).toEqual([]);
  });

  it.each([
    ['a number', 12345],
    ['an object', { key: 'should fail' }],
    ['a UUID with too many digits', 'AA97B177-9383-4934-8543-0F91A7A028368'],
    ['a UUID with a letter beyond A-F', 'MA97B177-9383-4934-8543-0F91A7A02836'],
    ['a UUID without hyphens', 'fd41c918b88b4b20a0a5a4c32391aaa0'],
  ])('2.4.1.s1 a Statement id MUST be a UUID in standard string form, not %s', (_what, id) => {
    expect(problemPaths(statement({ id }))).toEqual(['id']);
  });

  it('2.4.1.s2.b1 a Statement without an id is valid (the LRS assigns one)', () => {
    expect(validateStatement(statement())).toEqual([]);
  });
});

describe('validateStatement: 2.4.3 Verb', () => {
  it('2.4.3.s3.table1.row1 a Verb MUST have an id', () => {
    expect(problemPaths(statement({ verb: { display: { 'en-US': 'attempted' } } }))).toEqual(['verb.id']);
    expect(problemPaths(statement({ object: subStatement({ verb: { display: { en: 'x' } } }) }))).toEqual(['object.verb.id']);
  });

  it('2.4.3.s3.table1.row1 a Verb id MUST be an IRI', () => {
    expect(problemPaths(statement({ verb: { id: 'ab=c://should.fail.com' } }))).toEqual(['verb.id']);
    expect(problemPaths(statement({ object: subStatement({ verb: 'ab=c://should.fail.com' }) }))).toEqual(['object.verb']);
  });

  it('2.4.3.s3.table1.row2 display is optional', () => {
    expect(validateStatement(statement({ verb: { id: VERB.id } }))).toEqual([]);
  });

  it('2.4.3.s3.table1.row2 display MUST be a Language Map', () => {
    expect(problemPaths(statement({ verb: { ...VERB, display: { a12345: 'attended' } } }))).toEqual(['verb.display.a12345']);
    expect(problemPaths(statement({ verb: { ...VERB, display: 'attended' } }))).toEqual(['verb.display']);
    expect(problemPaths(statement({ verb: { ...VERB, display: {} } }))).toEqual(['verb.display']);
  });

  it('2.4.3.s8 the defenestrated example with two languages is valid', () => {
    const verb = { id: 'http://example.com/xapi/verbs#defenestrated', display: { 'en-US': 'defenestrated', es: 'defenestrado' } };
    expect(validateStatement(statement({ verb }))).toEqual([]);
  });
});

describe('validateStatement: 2.4.4 Object', () => {
  it.each(['activity', 'agent', 'group', 'statementref', 'substatement', 'Statement', 42])(
    '2.4.4.s2 objectType MUST be Activity, Agent, Group, SubStatement or StatementRef, not %p',
    (objectType) => {
      expect(problemPaths(statement({ object: { ...ACTIVITY, objectType } }))).toContain('object.objectType');
    },
  );

  it('2.4.4.s2 an object without objectType is an Activity', () => {
    expect(validateStatement(statement({ object: { id: 'http://www.example.com/meetings/occurances/34534' } }))).toEqual([]);
    expect(validateStatement(statement({ object: subStatement({ object: { id: 'http://example.com/a' } }) }))).toEqual([]);
  });

  it('2.4.4.s2 the object MUST be an object', () => {
    expect(problemPaths(statement({ object: 'http://example.com/activity' }))).toEqual(['object']);
  });

  it('2.4.4.2.s1.b1 an Agent or Group used as an object MUST specify objectType', () => {
    expect(problemPaths(statement({ object: { mbox: 'mailto:a@example.com' } }))).toEqual(['object.objectType']);
    expect(problemPaths(statement({ object: { member: [AGENT] } }))).toEqual(['object.objectType']);
    expect(problemPaths(statement({ object: subStatement({ object: { mbox: 'mailto:a@example.com' } }) }))).toEqual(['object.object.objectType']);
  });

  it('2.4.4.2 an Agent or Group object with objectType is validated as an Agent or Group', () => {
    expect(validateStatement(statement({ object: { objectType: 'Agent', ...AGENT } }))).toEqual([]);
    expect(validateStatement(statement({ object: ANONYMOUS_GROUP }))).toEqual([]);
    expect(problemPaths(statement({ object: { objectType: 'Agent' } }))).toEqual(['object']);
  });
});

describe('validateStatement: 2.4.4.3 Statement References', () => {
  it('2.4.4.3.s4.b1 a Statement Reference MUST have objectType StatementRef', () => {
    expect(validateStatement(statement({ object: STATEMENT_REF }))).toEqual([]);
    expect(problemPaths(statement({ object: { id: UUID } }))).toContain('object.id');
  });

  it('2.4.4.3.s4.b2 a Statement Reference MUST set id to a UUID', () => {
    expect(problemPaths(statement({ object: { objectType: 'StatementRef' } }))).toEqual(['object.id']);
    expect(problemPaths(statement({ object: { objectType: 'StatementRef', id: 'should fail' } }))).toEqual(['object.id']);
    expect(problemPaths(statement({ object: { objectType: 'StatementRef', id: 12345 } }))).toEqual(['object.id']);
    expect(problemPaths(statement({ object: subStatement({ object: { objectType: 'StatementRef', id: 'MA97B177-9383-4934-8543-0F91A7A02836' } }) }))).toEqual(['object.object.id']);
  });
});

describe('validateStatement: 2.4.4.3 SubStatements', () => {
  it('2.4.4.3.s8.b1 a SubStatement MUST have objectType SubStatement', () => {
    expect(validateStatement(statement({ object: subStatement() }))).toEqual([]);
    expect(problemPaths(subStatement({ objectType: undefined }), { subStatement: true })).toEqual(['objectType']);
  });

  it.each(['actor', 'verb', 'object'])('2.4.4.3.s8.b2 a SubStatement is validated as a Statement: it MUST use "%s"', (key) => {
    expect(problemPaths(statement({ object: subStatement({ [key]: undefined }) }))).toEqual([`object.${key}`]);
  });

  it('2.4.4.3.s8.b2 a SubStatement is validated as a Statement: its parts follow the same rules', () => {
    expect(problemPaths(statement({ object: subStatement({ actor: { name: 'no IFI' } }) }))).toEqual(['object.actor']);
    expect(problemPaths(statement({ object: subStatement({ result: { success: 'true' } }) }))).toEqual(['object.result.success']);
    expect(problemPaths(statement({ object: subStatement({ timestamp: 'should fail' }) }))).toEqual(['object.timestamp']);
    expect(problemPaths(statement({ object: subStatement({ context: { registration: 'x' } }) }))).toEqual(['object.context.registration']);
  });

  it.each([
    ['id', UUID],
    ['stored', '2013-05-18T05:32:34.804Z'],
    ['version', '1.0.0'],
    ['authority', AGENT],
  ])('2.4.4.3.s8.b3 a SubStatement MUST NOT have "%s"', (key, value) => {
    expect(problemPaths(statement({ object: subStatement({ [key]: value }) }))).toEqual([`object.${key}`]);
  });

  it('2.4.4.3.s8.b4 a SubStatement MUST NOT contain a SubStatement', () => {
    expect(problemPaths(statement({ object: subStatement({ object: subStatement() }) }))).toEqual(['object.object']);
  });

  it('2.4.7.s3.b5 a SubStatement MAY have a timestamp in the future', () => {
    expect(validateStatement(statement({ object: subStatement({ timestamp: '2099-01-01T00:00:00Z' }) }))).toEqual([]);
  });

  it('2.4.4.3 validateStatement with subStatement checks the object form on its own', () => {
    expect(validateStatement(APPENDIX_B_SUBSTATEMENT, { subStatement: true })).toEqual([]);
    expect(problemPaths(subStatement({ id: UUID }), { subStatement: true })).toEqual(['id']);
  });
});

describe('validateStatement: 2.4.5 Result', () => {
  it('2.4.5.s2 a Result MUST be an object', () => {
    expect(problemPaths(withResult('passed'))).toEqual(['result']);
  });

  it('2.4.5.1 score MUST be an object', () => {
    expect(problemPaths(withResult({ score: 12345 }))).toEqual(['result.score']);
    expect(problemPaths(withResult({ score: 'should fail' }))).toEqual(['result.score']);
  });

  it('2.4.5.1.s2.table1.row1 scaled is a decimal number between -1 and 1 inclusive', () => {
    for (const scaled of [0.6767676, 1.0, -1.0, 0]) expect(validateStatement(withResult({ score: { scaled } }))).toEqual([]);
    expect(problemPaths(withResult({ score: { scaled: 1.01 } }))).toEqual(['result.score.scaled']);
    expect(problemPaths(withResult({ score: { scaled: -1.00001 } }))).toEqual(['result.score.scaled']);
  });

  it('2.4.5.1.s2.table1.row2 raw is a decimal number between min and max inclusive, when they are present', () => {
    expect(validateStatement(withResult({ score: { raw: 0.6767676 } }))).toEqual([]);
    expect(validateStatement(withResult({ score: { raw: 10, min: 10, max: 20 } }))).toEqual([]);
    expect(validateStatement(withResult({ score: { raw: 20, min: 10, max: 20 } }))).toEqual([]);
    expect(problemPaths(withResult({ score: { raw: 0.6767676, max: 0.6567676 } }))).toEqual(['result.score.raw']);
    expect(problemPaths(withResult({ score: { raw: 0.6767676, min: 1.4067676 } }))).toEqual(['result.score.raw']);
  });

  it('2.4.5.1.s2.table1.row3 min is a decimal number less than max', () => {
    expect(validateStatement(withResult({ score: { min: 0.6767676 } }))).toEqual([]);
    expect(problemPaths(withResult({ score: { min: 0.6767676, max: 0.6767355, raw: 0.6767643 } }))).toContain('result.score.min');
    expect(problemPaths(withResult({ score: { min: 5, max: 5 } }))).toEqual(['result.score.min']);
  });

  it('2.4.5.1.s2.table1.row4 max is a decimal number greater than min', () => {
    expect(validateStatement(withResult({ score: { max: 100.6767676 } }))).toEqual([]);
    expect(problemPaths(withResult({ score: { max: 100.6767676, min: 104.6767676, raw: 101.6767676 } }))).toContain('result.score.min');
  });

  it('2.4.5.s2.table1.row1 success is a Boolean', () => {
    expect(validateStatement(withResult({ success: false }))).toEqual([]);
    expect(problemPaths(withResult({ success: 'true' }))).toEqual(['result.success']);
  });

  it('2.4.5.s2.table1.row2 completion is a Boolean', () => {
    expect(problemPaths(withResult({ completion: 'true' }))).toEqual(['result.completion']);
    expect(problemPaths(withResult({ completion: 1 }))).toEqual(['result.completion']);
  });

  it('2.4.5.s2.table1.row3 response is a String', () => {
    expect(problemPaths(withResult({ response: 12345 }))).toEqual(['result.response']);
    expect(problemPaths(withResult({ response: { key: 'invalid' } }))).toEqual(['result.response']);
  });

  it('2.4.5.s2.table1.row4 duration is an ISO 8601 Duration', () => {
    for (const duration of ['PT1H0M0.1S', 'PT4H35M59.14S', 'PT16559.14S', 'P3Y1M29DT4H35M59.14S', 'P3Y', 'P4W']) {
      expect(validateStatement(withResult({ duration }))).toEqual([]);
    }
    for (const duration of ['PA1H0M0S', 'should fail', 12345, { key: 'invalid' }]) {
      expect(problemPaths(withResult({ duration }))).toEqual(['result.duration']);
    }
  });

  it('2.4.5.s2.table1.row6 extensions is an extensions map', () => {
    expect(problemPaths(withResult({ extensions: 12345 }))).toEqual(['result.extensions']);
    expect(problemPaths(withResult({ extensions: 'should fail' }))).toEqual(['result.extensions']);
  });
});

describe('validateStatement: 2.4.6 Context', () => {
  const NON_ACTIVITY_OBJECTS: [string, unknown][] = [
    ['an Agent', { objectType: 'Agent', ...AGENT }],
    ['a Group', ANONYMOUS_GROUP],
    ['a StatementRef', STATEMENT_REF],
    ['a SubStatement', subStatement()],
  ];

  it('2.4.6.s3 a Context MUST be an object', () => {
    expect(problemPaths(withContext('context'))).toEqual(['context']);
  });

  it('2.4.6.s3.table1.row1 registration is a UUID', () => {
    expect(validateStatement(withContext({ registration: UUID }))).toEqual([]);
    for (const registration of [{ key: 'should fail' }, 'should fail', 12345, 'AA97B177-9383-4934-8543-0F91A7A028368']) {
      expect(problemPaths(withContext({ registration }))).toEqual(['context.registration']);
    }
  });

  it('2.4.6.s3.table1.row2 instructor is an Agent, or MAY be a Group', () => {
    expect(validateStatement(withContext({ instructor: AGENT }))).toEqual([]);
    expect(validateStatement(withContext({ instructor: ANONYMOUS_GROUP }))).toEqual([]);
    expect(problemPaths(withContext({ instructor: { key: 'should fail' } }))).toContain('context.instructor');
    expect(problemPaths(withContext({ instructor: 'should fail' }))).toEqual(['context.instructor']);
  });

  it('2.4.6.s3.table1.row3 team is a Group', () => {
    expect(validateStatement(withContext({ team: ANONYMOUS_GROUP }))).toEqual([]);
    expect(problemPaths(withContext({ team: AGENT }))).toEqual(['context.team']);
    expect(problemPaths(withContext({ team: { objectType: 'Agent', ...AGENT } }))).toEqual(['context.team']);
    expect(problemPaths(withContext({ team: 'should fail' }))).toEqual(['context.team']);
  });

  it('2.4.6.2.s4.b1 every contextActivities key MUST be parent, grouping, category or other', () => {
    const all = { parent: [ACTIVITY], grouping: [ACTIVITY], category: [ACTIVITY], other: [ACTIVITY] };
    expect(validateStatement(withContext({ contextActivities: all }))).toEqual([]);
    expect(problemPaths(withContext({ contextActivities: { related: [ACTIVITY] } }))).toEqual(['context.contextActivities.related']);
    expect(problemPaths(withContext({ contextActivities: { Parent: [ACTIVITY] } }))).toEqual(['context.contextActivities.Parent']);
  });

  it('2.4.6.2.s4.b2 every contextActivities value MUST be a single Activity or an array of Activities', () => {
    expect(validateStatement(withContext({ contextActivities: { parent: ACTIVITY } }))).toEqual([]);
    expect(validateStatement(withContext({ contextActivities: { other: [{ objectType: 'Activity', id: 'http://example.com/a' }] } }))).toEqual([]);
    expect(problemPaths(withContext({ contextActivities: { other: [ACTIVITY, { key: 'should fail' }] } }))).toContain('context.contextActivities.other[1].id');
    expect(problemPaths(withContext({ contextActivities: { parent: [{ id: 'not an iri' }] } }))).toEqual(['context.contextActivities.parent[0].id']);
    expect(problemPaths(withContext({ contextActivities: { grouping: 'http://example.com/a' } }))).toEqual(['context.contextActivities.grouping']);
  });

  it('2.4.6.s3.table1.row4 contextActivities is an object with at least one entry', () => {
    expect(problemPaths(withContext({ contextActivities: 'should fail' }))).toEqual(['context.contextActivities']);
    expect(problemPaths(withContext({ contextActivities: {} }))).toEqual(['context.contextActivities']);
  });

  it('2.4.6.s3.table1.row5 revision is a String', () => {
    expect(problemPaths(withContext({ revision: 12345 }))).toEqual(['context.revision']);
    expect(problemPaths(withContext({ revision: { key: 'x' } }))).toEqual(['context.revision']);
  });

  it('2.4.6.s3.table1.row6 platform is a String', () => {
    expect(problemPaths(withContext({ platform: 12345 }))).toEqual(['context.platform']);
  });

  it.each(NON_ACTIVITY_OBJECTS)('2.4.6.s4.b1 revision MUST only be used if the object is an Activity (not %s)', (_what, object) => {
    expect(problemPaths(withContext({ revision: '2' }, object))).toEqual(['context.revision']);
    expect(validateStatement(withContext({ revision: '2' }))).toEqual([]);
  });

  it.each(NON_ACTIVITY_OBJECTS)('2.4.6.s4.b2 platform MUST only be used if the object is an Activity (not %s)', (_what, object) => {
    expect(problemPaths(withContext({ platform: 'web' }, object))).toEqual(['context.platform']);
    expect(validateStatement(withContext({ platform: 'web' }, { ...ACTIVITY, objectType: 'Activity' }))).toEqual([]);
  });

  it('2.4.6.s4.b1 inside a SubStatement, revision and platform follow the SubStatement\'s own object', () => {
    expect(problemPaths(statement({ object: subStatement({ object: STATEMENT_REF, context: { revision: '2' } }) }))).toEqual(['object.context.revision']);
    expect(validateStatement(statement({ object: subStatement({ context: { platform: 'web' } }) }))).toEqual([]);
  });

  it('2.4.6.s3.table1.row7 language is an RFC 5646 language tag', () => {
    expect(validateStatement(withContext({ language: 'lo-LA' }))).toEqual([]);
    for (const language of [12345, { key: 'x' }, 'a12345', 'en_US', '']) {
      expect(problemPaths(withContext({ language }))).toEqual(['context.language']);
    }
  });

  it('2.4.6.s3.table1.row8 statement is a Statement Reference', () => {
    expect(validateStatement(withContext({ statement: STATEMENT_REF }))).toEqual([]);
    expect(problemPaths(withContext({ statement: { objectType: 'statementref', id: UUID } }))).toEqual(['context.statement.objectType']);
    expect(problemPaths(withContext({ statement: { objectType: 'StatementRef', id: 'should fail' } }))).toEqual(['context.statement.id']);
    expect(problemPaths(withContext({ statement: { id: UUID } }))).toEqual(['context.statement.objectType']);
  });

  it('2.4.6.s3.table1.row9 extensions is an extensions map', () => {
    expect(problemPaths(withContext({ extensions: { 'should fail': true } }))).toEqual(['context.extensions.should fail']);
  });
});

describe('validateStatement: 2.4.7 Timestamp and 2.4.8 Stored', () => {
  it('2.4.7 / 4.5.s1.b1 timestamp MUST be an ISO 8601 timestamp', () => {
    expect(validateStatement(statement({ timestamp: '2013-05-18T05:32:34.804Z' }))).toEqual([]);
    for (const timestamp of ['should fail', '01/011/2015', 1368855154804]) {
      expect(problemPaths(statement({ timestamp }))).toEqual(['timestamp']);
    }
  });

  it.each(['2008-09-15T15:53:00.601-00', '2008-09-15T15:53:00.601-0000', '2008-09-15T15:53:00.601-00:00'])(
    '4.5.s1.b1 a timestamp with the negative zero offset %s is not ISO 8601',
    (timestamp) => {
      expect(problemPaths(statement({ timestamp }))).toEqual(['timestamp']);
    },
  );

  it('4.5.s1.b4 a timestamp MUST carry its time zone (Z or an offset)', () => {
    expect(problemPaths(statement({ timestamp: '2013-05-18T05:32:34.804' }))).toEqual(['timestamp']);
  });

  it('2.4.7.s3.b6 an LRS SHOULD* NOT reject a timestamp in the future', () => {
    const inFiveYears = new Date(Date.now() + 5 * 365 * 24 * 3600 * 1000).toISOString();
    expect(validateStatement(statement({ timestamp: inFiveYears }))).toEqual([]);
  });

  it('2.4.8.s3.b2 a stored value sent in is validated (the LRS then overwrites it)', () => {
    expect(validateStatement(statement({ stored: '2013-05-18T05:32:34.804+00:00' }))).toEqual([]);
    expect(problemPaths(statement({ stored: 'yesterday' }))).toEqual(['stored']);
  });
});

describe('validateStatement: 2.4.9 Authority', () => {
  it('2.4.9.s3.b1 authority MAY be an Agent', () => {
    expect(validateStatement(statement({ authority: { objectType: 'Agent', ...AGENT } }))).toEqual([]);
  });

  it('2.4.9.s8 the OAuth consumer and user pairing is a valid authority', () => {
    expect(validateStatement(statement({ authority: { objectType: 'Group', member: [{ account: { homePage: 'http://example.com/xAPI/OAuth/Token', name: 'oauth_consumer_x75db' } }, { mbox: 'mailto:bob@example.com' }] } }))).toEqual([]);
  });

  it('2.4.9.s3.b1 an authority Group MUST have exactly two Agents', () => {
    expect(problemPaths(statement({ authority: { objectType: 'Group', member: [AGENT] } }))).toEqual(['authority.member']);
    expect(problemPaths(statement({ authority: { objectType: 'Group', member: [AGENT, AGENT, { mbox: 'mailto:james@example.com' }] } }))).toEqual(['authority.member']);
    expect(problemPaths(statement({ authority: { objectType: 'Group' } }))).toEqual(['authority.member']);
  });

  it.each([
    ['mbox', { mbox: 'mailto:bob@example.com' }],
    ['mbox_sha1sum', { mbox_sha1sum: 'cd9b00a5611f94eaa7b1661edab976068e364975' }],
    ['openid', { openid: 'http://openid.example.org/12345' }],
    ['account', { account: { homePage: 'http://www.example.com', name: 'xAPI account name' } }],
  ])('2.4.9.s3.b1 an authority Group MUST NOT be an Identified Group (%s)', (_ifi, ifi) => {
    expect(problemPaths(statement({ authority: { ...ANONYMOUS_GROUP, ...ifi } }))).toEqual(['authority']);
  });
});

describe('validateStatement: 2.4.10 Version', () => {
  it.each(['1.0', '1.0.0', '1.0.3', '1.0.9'])('2.4.10.s3.b1 an LRS MUST accept version %s', (version) => {
    expect(validateStatement(statement({ version }))).toEqual([]);
  });

  it.each(['should fail', '0.9.9', '1.1.0', '1', '2.0.0', 1.0])('2.4.10.s3.b2 an LRS MUST reject version %p', (version) => {
    expect(problemPaths(statement({ version }))).toEqual(['version']);
  });
});

describe('validateStatement: 2.4.11 Attachments', () => {
  const attachment = {
    usageType: 'http://example.com/attachment-usage/test',
    display: { 'en-US': 'A test attachment' },
    description: { 'en-US': 'A test attachment (description)' },
    contentType: 'text/plain; charset=ascii',
    length: 27,
    sha2: '495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a',
    fileUrl: 'http://over.there.com/file.txt',
  };
  const withAttachment = (overrides: object) => statement({ attachments: [{ ...attachment, ...overrides }] });

  it('2.4.s1.table1.row11 attachments is an array of Attachment objects', () => {
    expect(validateStatement(statement({ attachments: [attachment] }))).toEqual([]);
    expect(problemPaths(statement({ attachments: attachment }))).toEqual(['attachments']);
    expect(problemPaths(statement({ attachments: [12345] }))).toEqual(['attachments[0]']);
    expect(problemPaths(statement({ attachments: ['should fail'] }))).toEqual(['attachments[0]']);
  });

  it.each(['usageType', 'display', 'contentType', 'length', 'sha2'])('2.4.11.s2.table1 an Attachment MUST have "%s"', (key) => {
    expect(problemPaths(withAttachment({ [key]: undefined }))).toEqual([`attachments[0].${key}`]);
  });

  it('2.4.11.s2.table1.row1 usageType is an IRI', () => {
    expect(problemPaths(withAttachment({ usageType: 'should fail' }))).toEqual(['attachments[0].usageType']);
  });

  it('2.4.11.s2.table1.row2 display is a Language Map', () => {
    expect(problemPaths(withAttachment({ display: 'should error' }))).toEqual(['attachments[0].display']);
    expect(problemPaths(withAttachment({ display: {} }))).toEqual(['attachments[0].display']);
    expect(problemPaths(withAttachment({ display: { 'en-US': 'A test attachment', 'de-419-DE': 'Ein Testbefestigung' } }))).toEqual(['attachments[0].display.de-419-DE']);
  });

  it('2.4.11.s2.table1.row3 description is a Language Map', () => {
    expect(problemPaths(withAttachment({ description: 12345 }))).toEqual(['attachments[0].description']);
    expect(problemPaths(withAttachment({ description: { 'de-419-DE': 'x' } }))).toEqual(['attachments[0].description.de-419-DE']);
  });

  it('2.4.11.s2.table1.row4 contentType is an Internet Media Type', () => {
    expect(validateStatement(withAttachment({ contentType: 'application/octet-stream' }))).toEqual([]);
    expect(problemPaths(withAttachment({ contentType: 'should fail' }))).toEqual(['attachments[0].contentType']);
  });

  it('2.4.11.s2.table1.row5 length is an Integer', () => {
    for (const length of ['should fail', 2.5, -1, '27']) expect(problemPaths(withAttachment({ length }))).toEqual(['attachments[0].length']);
  });

  it('2.4.11.s2.table1.row6 sha2 is the SHA-2 hash of the data as a String', () => {
    expect(problemPaths(withAttachment({ sha2: 12345 }))).toEqual(['attachments[0].sha2']);
    expect(problemPaths(withAttachment({ sha2: 'not a hash' }))).toEqual(['attachments[0].sha2']);
  });

  it('2.4.11.s2.table1.row7 fileUrl is an IRL', () => {
    expect(problemPaths(withAttachment({ fileUrl: 'should fail' }))).toEqual(['attachments[0].fileUrl']);
    expect(validateStatement(withAttachment({ fileUrl: undefined }))).toEqual([]);
  });
});

describe('validateStatement: 4.1 Extensions', () => {
  const paths = [
    ['activity definition', (extensions: unknown) => withDefinition({ extensions }), 'object.definition.extensions'],
    ['result', (extensions: unknown) => withResult({ extensions }), 'result.extensions'],
    ['context', (extensions: unknown) => withContext({ extensions }), 'context.extensions'],
    ['SubStatement context', (extensions: unknown) => statement({ object: subStatement({ context: { extensions } }) }), 'object.context.extensions'],
  ] as const;

  it.each(paths)('4.1.s3.b2 the LRS MUST NOT reject a statement for the values of %s extensions', (_where, build) => {
    for (const value of [true, 12345, { key: 'valid' }, 'valid', null, [1, 2]]) {
      expect(validateStatement(build({ 'http://example.com/ex': value }))).toEqual([]);
    }
    expect(validateStatement(build({}))).toEqual([]);
  });

  it.each(paths)('4.1.s3.b1 the keys of %s extensions MUST be IRIs', (_where, build, path) => {
    expect(problemPaths(build({ 'should fail': true }))).toEqual([`${path}.should fail`]);
    expect(problemPaths(build('should fail'))).toEqual([path]);
  });
});
