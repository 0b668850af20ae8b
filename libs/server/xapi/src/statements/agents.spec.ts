import { canonicalAgentKey, validateAgent } from './agents';
import { APPENDIX_B_GROUP } from './testing/spec-examples';
import { AGENT_PLACES, ANONYMOUS_GROUP, problemPaths, statement } from './testing/statements';
import { validateStatement } from './validate-statement';

const MBOX = { mbox: 'mailto:xapi@adlnet.gov' };
const ACCOUNT = { account: { homePage: 'http://www.example.com', name: 'xAPI account name' } };
const SHA1 = { mbox_sha1sum: 'cd9b00a5611f94eaa7b1661edab976068e364975' };
const OPENID = { openid: 'http://openid.example.org/12345' };

describe('Agents in every place a statement holds one (2.4.2.1, 2.4.2.3, 2.4.2.4)', () => {
  it.each(AGENT_PLACES)('2.4.2.1 %s: an Agent identified by any one IFI is valid', (_place, build) => {
    for (const ifi of [MBOX, ACCOUNT, SHA1, OPENID]) expect(validateStatement(build(ifi))).toEqual([]);
  });

  it.each(AGENT_PLACES)('2.4.2.1.s2.b1 %s: an Agent MUST be identified by an IFI', (_place, build, path) => {
    expect(problemPaths(build({ name: 'xAPI mbox' }))).toEqual([path]);
  });

  it.each(AGENT_PLACES)('2.4.2.1.s2.b2 %s: an Agent MUST NOT include more than one IFI', (_place, build, path) => {
    for (const other of [ACCOUNT, SHA1, OPENID]) expect(problemPaths(build({ ...MBOX, ...other }))).toEqual([path]);
  });

  it.each(AGENT_PLACES)('2.4.2.1.s2.table1.row1 %s: objectType is a String, "Agent" or "Group"', (_place, build, path) => {
    for (const objectType of [123, { key: 'value' }, 'agent', 'group']) {
      expect(problemPaths(build({ ...MBOX, objectType }))).toContain(`${path}.objectType`);
    }
  });

  it.each(AGENT_PLACES)('2.4.2.1.s2.table1.row2 %s: name is a String', (_place, build, path) => {
    for (const name of [123, { key: 'value' }, null]) expect(problemPaths(build({ ...MBOX, name }))).toEqual([`${path}.name`]);
  });

  it.each(AGENT_PLACES)('2.4.2.3.s3.table1.row1 %s: mbox MUST be "mailto:" and an email address', (_place, build, path) => {
    for (const mbox of ['http://should.fail.com', 'mailto:should.fail.com', 'xapi@adlnet.gov', 12345]) {
      expect(problemPaths(build({ mbox }))).toEqual([`${path}.mbox`]);
    }
  });

  it.each(AGENT_PLACES)('2.4.2.3.s3.table1.row2 %s: mbox_sha1sum MUST be a hex-encoded SHA-1 hash', (_place, build, path) => {
    for (const sum of [{ key: 'value' }, 'not-a-hash', 'cd9b00a5611f94eaa7b1661edab976068e36497', 'zd9b00a5611f94eaa7b1661edab976068e364975']) {
      expect(problemPaths(build({ mbox_sha1sum: sum }))).toEqual([`${path}.mbox_sha1sum`]);
    }
  });

  it.each(AGENT_PLACES)('2.4.2.3.s3.table1.row3 %s: openid MUST be a URI', (_place, build, path) => {
    for (const openid of ['ab=c://should.fail.com', 'openid', 12345]) expect(problemPaths(build({ openid }))).toEqual([`${path}.openid`]);
  });

  it.each(AGENT_PLACES)('2.4.2.4.s2.table1.row1 %s: an account MUST have homePage, an IRL', (_place, build, path) => {
    expect(problemPaths(build({ account: { name: 'x' } }))).toEqual([`${path}.account.homePage`]);
    expect(problemPaths(build({ account: { homePage: 'ab=c://should.fail.com', name: 'x' } }))).toEqual([`${path}.account.homePage`]);
  });

  it.each(AGENT_PLACES)('2.4.2.4.s2.table1.row2 %s: an account MUST have name, a String', (_place, build, path) => {
    expect(problemPaths(build({ account: { homePage: 'http://www.example.com' } }))).toEqual([`${path}.account.name`]);
    expect(problemPaths(build({ account: { homePage: 'http://www.example.com', name: { key: 'value' } } }))).toEqual([`${path}.account.name`]);
  });

  it('2.4.2.4.s2 an account MUST be an object', () => {
    expect(problemPaths(statement({ actor: { account: 'http://www.example.com|x' } }))).toEqual(['actor.account']);
  });

  it('2.4.2.4.s3 the opaque account example is valid', () => {
    expect(validateStatement(statement({ actor: { objectType: 'Agent', account: { homePage: 'http://www.example.com', name: '1625378' } } }))).toEqual([]);
  });

  it('2.4.2.1.s2.table1.row1 objectType is optional for an Agent actor', () => {
    expect(validateStatement(statement({ actor: { name: 'xAPI mbox', mbox: 'mailto:xapi@adlnet.gov' } }))).toEqual([]);
  });

  it('2.4.2 the actor MUST be an Agent or Group object', () => {
    expect(problemPaths(statement({ actor: 'mailto:xapi@adlnet.gov' }))).toEqual(['actor']);
  });
});

describe('Groups (2.4.2.2)', () => {
  const GROUP_PLACES = [
    ['actor', (group: unknown) => statement({ actor: group }), 'actor'],
    ['context.instructor', (group: unknown) => statement({ context: { instructor: group } }), 'context.instructor'],
    ['context.team', (group: unknown) => statement({ context: { team: group } }), 'context.team'],
    ['object', (group: unknown) => statement({ object: group }), 'object'],
  ] as const;

  it.each(GROUP_PLACES)('2.4.2.2.s2.table1 %s: an Anonymous Group with members is valid', (_place, build) => {
    expect(validateStatement(build(ANONYMOUS_GROUP))).toEqual([]);
  });

  it.each(GROUP_PLACES)('2.4.2.2.s4.b1 %s: an Anonymous Group MUST include "member"', (_place, build, path) => {
    expect(problemPaths(build({ objectType: 'Group', name: 'ad hoc' }))).toEqual([`${path}.member`]);
    expect(problemPaths(build({ objectType: 'Group', member: [] }))).toEqual([`${path}.member`]);
  });

  it.each(GROUP_PLACES)('2.4.2.2.s4.b2 %s: an Anonymous Group MUST NOT contain Group Objects in "member"', (_place, build, path) => {
    expect(problemPaths(build({ objectType: 'Group', member: [MBOX, ANONYMOUS_GROUP] }))).toEqual([`${path}.member[1]`]);
  });

  it.each(GROUP_PLACES)('2.4.2.2.s5.b1 %s: an Identified Group MUST include exactly one IFI', (_place, build, path) => {
    for (const ifi of [MBOX, ACCOUNT, SHA1, OPENID]) expect(validateStatement(build({ objectType: 'Group', ...ifi }))).toEqual([]);
    expect(problemPaths(build({ objectType: 'Group', ...MBOX, ...OPENID }))).toEqual([path]);
  });

  it.each(GROUP_PLACES)('2.4.2.2.s5.b2 %s: an Identified Group MUST NOT contain Group Objects in "member"', (_place, build, path) => {
    expect(problemPaths(build({ objectType: 'Group', ...MBOX, member: [{ objectType: 'Group', ...OPENID }] }))).toEqual([`${path}.member[0]`]);
  });

  it('2.4.2.2.s5.b4 an Identified Group MAY list members (Appendix B example)', () => {
    expect(validateStatement(statement({ actor: APPENDIX_B_GROUP }))).toEqual([]);
  });

  it('2.4.2.2.s2.table1.row3 member is an array of Agents, each valid', () => {
    expect(problemPaths(statement({ actor: { objectType: 'Group', member: MBOX } }))).toEqual(['actor.member']);
    expect(problemPaths(statement({ actor: { objectType: 'Group', member: [{ name: 'no IFI' }] } }))).toEqual(['actor.member[0]']);
    expect(problemPaths(statement({ actor: { objectType: 'Group', member: [{ ...MBOX, objectType: 'agent' }] } }))).toEqual(['actor.member[0].objectType']);
  });

  it('2.4.2.2.s2.table1.row2 a Group\'s name is a String', () => {
    expect(problemPaths(statement({ actor: { ...ANONYMOUS_GROUP, name: 123 } }))).toEqual(['actor.name']);
  });
});

describe('validateAgent (the agent parameter of the State, Agent Profile and Agents resources)', () => {
  it('Communication 2.3 an Agent or an Identified Group is a valid agent parameter', () => {
    expect(validateAgent({ objectType: 'Agent', ...MBOX })).toEqual([]);
    expect(validateAgent({ objectType: 'Group', ...ACCOUNT })).toEqual([]);
  });

  it('2.2.s4.b4 the agent parameter is validated to the same standard as in statements', () => {
    expect(validateAgent({ mbox: 'xapi@adlnet.gov' }).map((found) => found.path)).toEqual(['agent.mbox']);
    expect(validateAgent({ ...MBOX, ...OPENID })).toHaveLength(1);
    expect(validateAgent('mailto:xapi@adlnet.gov', 'params.agent').map((found) => found.path)).toEqual(['params.agent']);
  });

  it('2.4.2.2.s3.b1 an Anonymous Group identifies nothing, so it is not a valid agent parameter', () => {
    expect(validateAgent(ANONYMOUS_GROUP).map((found) => found.path)).toEqual(['agent']);
  });
});

describe('canonicalAgentKey', () => {
  it('2.4.2.3 gives the single IFI of an Agent as one string', () => {
    expect(canonicalAgentKey({ mbox: 'mailto:a@b.la' })).toBe('mbox:mailto:a@b.la');
    expect(canonicalAgentKey(SHA1)).toBe('mbox_sha1sum:cd9b00a5611f94eaa7b1661edab976068e364975');
    expect(canonicalAgentKey(OPENID)).toBe('openid:http://openid.example.org/12345');
    expect(canonicalAgentKey(ACCOUNT)).toBe('account:http://www.example.com|xAPI account name');
  });

  it('2.3.1.b7 treats the case-insensitive parts (email domain, hex digits) in lowercase', () => {
    expect(canonicalAgentKey({ mbox: 'mailto:Ann@Example.COM' })).toBe('mbox:mailto:Ann@example.com');
    expect(canonicalAgentKey({ mbox_sha1sum: 'CD9B00A5611F94EAA7B1661EDAB976068E364975' })).toBe(SHA1.mbox_sha1sum.replace(/^/, 'mbox_sha1sum:'));
  });

  it('2.4.2.2 an Identified Group keys by its IFI, an Anonymous Group has no key', () => {
    expect(canonicalAgentKey({ objectType: 'Group', ...MBOX, member: [OPENID] })).toBe('mbox:mailto:xapi@adlnet.gov');
    expect(canonicalAgentKey(ANONYMOUS_GROUP)).toBeUndefined();
    expect(canonicalAgentKey({ ...MBOX, ...OPENID })).toBeUndefined();
    expect(canonicalAgentKey('mailto:a@b.la')).toBeUndefined();
  });
});
