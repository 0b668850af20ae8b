import { acceptedLanguages, formatStatement } from './statement-format';
import { MAX_STATEMENTS_PAGE, parseStatementQuery } from './statement-query';

const agent = JSON.stringify({ objectType: 'Agent', mbox: 'mailto:noy@MOF.gov.la' });

describe('statement queries (Communication §2.1.3)', () => {
  it('reads every filter, with the defaults the specification gives', () => {
    const { query, problems } = parseStatementQuery({});
    expect(problems).toEqual([]);
    expect(query).toEqual({ agentKey: null, verbId: null, activityId: null, registration: null, relatedActivities: false, relatedAgents: false, since: null, until: null, limit: MAX_STATEMENTS_PAGE, ascending: false, format: 'exact', attachments: false });
    const full = parseStatementQuery({ agent, verb: 'http://adlnet.gov/expapi/verbs/completed', activity: 'https://lane.la/c/1', registration: 'EC531277-B57B-4C15-8D91-D292C5B2B8F7', related_activities: 'true', related_agents: 'true', since: '2026-01-01T00:00:00Z', until: '2026-12-31T00:00:00+07:00', limit: '10', format: 'ids', attachments: 'false', ascending: 'true' });
    expect(full.problems).toEqual([]);
    expect(full.query).toMatchObject({ agentKey: 'Agent|mbox:mailto:noy@mof.gov.la', registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7', relatedActivities: true, relatedAgents: true, limit: 10, ascending: true, format: 'ids' });
  });

  it('limit 0 means the server’s maximum, and so does any larger number', () => {
    expect(parseStatementQuery({ limit: '0' }).query.limit).toBe(MAX_STATEMENTS_PAGE);
    expect(parseStatementQuery({ limit: '100000' }).query.limit).toBe(MAX_STATEMENTS_PAGE);
  });

  it('refuses unknown parameters, bad values and an agent that is not one', () => {
    const { problems } = parseStatementQuery({ verbs: 'x', verb: 'completed', registration: 'nope', since: 'yesterday', limit: '-1', format: 'full', ascending: 'yes', agent: '{"name":"no ifi"}', activity: 'not an iri' });
    expect(problems.map((p) => p.path).sort()).toEqual(['activity', 'agent', 'ascending', 'format', 'limit', 'registration', 'since', 'verb', 'verbs']);
    expect(parseStatementQuery({ agent: 'not json' }).problems.map((p) => p.path)).toEqual(['agent']);
  });
});

describe('statement formats (Communication §2.1.3 format)', () => {
  const stored = {
    id: 'a',
    actor: { objectType: 'Agent', name: 'Noy', mbox: 'mailto:noy@mof.gov.la' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed', lo: 'ສຳເລັດ' } },
    object: { objectType: 'Activity', id: 'https://lane.la/c/1', definition: { name: { 'en-US': 'Email', lo: 'ອີເມວ' }, extensions: { 'https://x.la/e': { name: { a: 'kept' } } } } },
    context: { team: { objectType: 'Group', member: [{ name: 'A', mbox: 'mailto:a@b.la' }] }, contextActivities: { parent: [{ id: 'https://lane.la/c', definition: { name: { lo: 'x' } } }] } },
    authority: { objectType: 'Agent', name: 'LRS client', account: { homePage: 'https://lane.la/xapi/', name: 'c1' } },
  };

  it('ids keeps only what identifies agents, activities and verbs; anonymous groups by their members', () => {
    expect(formatStatement(stored, 'ids')).toEqual({
      id: 'a',
      actor: { objectType: 'Agent', mbox: 'mailto:noy@mof.gov.la' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      object: { objectType: 'Activity', id: 'https://lane.la/c/1' },
      context: { team: { objectType: 'Group', member: [{ objectType: 'Agent', mbox: 'mailto:a@b.la' }] }, contextActivities: { parent: [{ objectType: 'Activity', id: 'https://lane.la/c' }] } },
      authority: { objectType: 'Agent', account: { homePage: 'https://lane.la/xapi/', name: 'c1' } },
    });
  });

  it('canonical gives each language map in the reader’s language, and leaves extensions alone', () => {
    const lao = formatStatement(stored, 'canonical', acceptedLanguages('lo-LA, en;q=0.5')) as typeof stored;
    expect(lao.verb.display).toEqual({ lo: 'ສຳເລັດ' });
    expect(lao.object.definition.name).toEqual({ lo: 'ອີເມວ' });
    expect(lao.object.definition.extensions).toEqual(stored.object.definition.extensions);
    expect((formatStatement(stored, 'canonical', []) as typeof stored).verb.display).toEqual({ 'en-US': 'completed' });
    expect(formatStatement(stored, 'exact')).toBe(stored);
  });

  it('reads Accept-Language by weight', () => {
    expect(acceptedLanguages('en;q=0.4, lo-LA, fr;q=0')).toEqual(['lo-la', 'en']);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });
});
