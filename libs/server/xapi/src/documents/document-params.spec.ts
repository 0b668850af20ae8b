import { parseDocumentParams } from './document-params';

const ACTIVITY = 'https://lane.mtc.gov.la/courses/email-safety';
const agent = JSON.stringify({ objectType: 'Agent', mbox: 'mailto:noy@MOF.gov.la' });
const paths = (result: ReturnType<typeof parseDocumentParams>) => ('problems' in result ? result.problems.map((p) => p.path) : []);

describe('Document Resource parameters (xAPI 1.0.3 Communication §2.3, §2.6, §2.7)', () => {
  it('§2.3.s3 a state is named by activity, agent (by its IFI, domain case folded), registration and stateId', () => {
    const registration = '5C3B2A1E-0000-4000-8000-000000000001';
    expect(parseDocumentParams('state', { activityId: ACTIVITY, agent, registration, stateId: 'bookmark' }, 'write')).toEqual({
      target: { scope: { resource: 'state', activityId: ACTIVITY, agentKey: 'mbox:mailto:noy@mof.gov.la', registration: registration.toLowerCase() }, documentId: 'bookmark', since: null },
    });
  });

  it('§2.7 an activity profile has no agent or registration, §2.6 an agent profile no activity: each refuses the other’s parameters', () => {
    expect(paths(parseDocumentParams('activity-profile', { activityId: ACTIVITY, profileId: 'p', agent }, 'write'))).toEqual(['agent']);
    expect(paths(parseDocumentParams('agent-profile', { agent, profileId: 'p', activityId: ACTIVITY }, 'write'))).toEqual(['activityId']);
    expect(paths(parseDocumentParams('activity-profile', { activityId: ACTIVITY, profileId: 'p', registration: '5c3b2a1e-0000-4000-8000-000000000001' }, 'write'))).toEqual(['registration']);
  });

  it('requires what each operation needs: the id to write; reads without it list ids; only state deletes in bulk', () => {
    expect(paths(parseDocumentParams('state', { activityId: ACTIVITY, agent }, 'write'))).toEqual(['stateId']);
    expect(parseDocumentParams('state', { activityId: ACTIVITY, agent }, 'read')).toMatchObject({ target: { documentId: null } });
    expect(parseDocumentParams('state', { activityId: ACTIVITY, agent }, 'delete')).toMatchObject({ target: { documentId: null } });
    expect(paths(parseDocumentParams('agent-profile', { agent }, 'delete'))).toEqual(['profileId']);
    expect(paths(parseDocumentParams('state', { agent, stateId: 's' }, 'read'))).toEqual(['activityId']);
  });

  it('refuses a Group, an agent with two IFIs or none, JSON that is not an object, and a repeated parameter', () => {
    const bad = (value: unknown) => paths(parseDocumentParams('agent-profile', { agent: typeof value === 'string' ? value : JSON.stringify(value), profileId: 'p' }, 'read'));
    expect(bad({ objectType: 'Group', mbox: 'mailto:team@mof.gov.la' })).toEqual(['agent']);
    expect(bad({ mbox: 'mailto:a@b.la', openid: 'https://b.la/a' })[0]).toMatch(/^agent/);
    expect(bad({ name: 'No one' })[0]).toMatch(/^agent/);
    expect(bad('[1]')).toEqual(['agent']);
    expect(bad('{not json')).toEqual(['agent']);
    expect(paths(parseDocumentParams('agent-profile', { agent: [agent, agent], profileId: 'p' }, 'read'))).toEqual(['agent']);
  });

  it('§2.3.s4 since is a timestamp, only for the list of ids', () => {
    expect(parseDocumentParams('state', { activityId: ACTIVITY, agent, since: '2026-12-01T00:00:00Z' }, 'read')).toMatchObject({ target: { since: '2026-12-01T00:00:00Z' } });
    expect(paths(parseDocumentParams('state', { activityId: ACTIVITY, agent, since: 'last week' }, 'read'))).toEqual(['since']);
    expect(paths(parseDocumentParams('state', { activityId: ACTIVITY, agent, stateId: 's', since: '2026-12-01T00:00:00Z' }, 'read'))).toEqual(['since']);
    expect(paths(parseDocumentParams('state', { activityId: ACTIVITY, agent, stateId: 's', since: '2026-12-01T00:00:00Z' }, 'write'))).toEqual(['since']);
  });

  it('§3.2 refuses an empty id and a parameter the resource does not know', () => {
    expect(paths(parseDocumentParams('activity-profile', { activityId: ACTIVITY, profileId: '' }, 'write'))).toEqual(['profileId']);
    expect(paths(parseDocumentParams('activity-profile', { activityId: ACTIVITY, profileId: 'p', colour: 'red' }, 'write'))).toEqual(['colour']);
  });
});
