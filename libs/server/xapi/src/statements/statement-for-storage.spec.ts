import { statementForStorage } from './statement-for-storage';
import { ACTIVITY, UUID, statement, subStatement } from './testing/statements';
import { validateStatement } from './validate-statement';

const FIELDS = {
  id: '0d1b0e4f-6f1a-4c6e-9a3b-1f2e3d4c5b6a',
  stored: '2024-01-02T03:04:05.678Z',
  authority: { objectType: 'Agent', account: { homePage: 'https://lane.example.la', name: 'client-1' } },
};

describe('statementForStorage', () => {
  it('2.4.1.s2.b1 the LRS generates an id only when the statement has none', () => {
    expect(statementForStorage(statement(), FIELDS).id).toBe(FIELDS.id);
    expect(statementForStorage(statement({ id: UUID }), FIELDS).id).toBe(UUID);
  });

  it('2.4.8.s3.b2 the LRS MUST set stored, overwriting any value sent', () => {
    expect(statementForStorage(statement({ stored: '2000-01-01T00:00:00Z' }), FIELDS).stored).toBe(FIELDS.stored);
  });

  it('2.4.9.s3.b3 the LRS MUST ensure every stored statement has an authority, and SHOULD overwrite it', () => {
    expect(statementForStorage(statement(), FIELDS).authority).toEqual(FIELDS.authority);
    expect(statementForStorage(statement({ authority: { mbox: 'mailto:x@example.com' } }), FIELDS).authority).toEqual(FIELDS.authority);
  });

  it('2.4.10.s3.b3 a statement keeps the version it came with, or gets 1.0.0', () => {
    expect(statementForStorage(statement(), FIELDS).version).toBe('1.0.0');
    expect(statementForStorage(statement({ version: '1.0.3' }), FIELDS).version).toBe('1.0.3');
  });

  it('2.4.7.s3.b2 timestamp SHOULD* be set to stored when not provided, and is kept otherwise', () => {
    expect(statementForStorage(statement(), FIELDS).timestamp).toBe(FIELDS.stored);
    expect(statementForStorage(statement({ timestamp: '2013-05-18T05:32:34.804+07:00' }), FIELDS).timestamp).toBe('2013-05-18T05:32:34.804+07:00');
  });

  it('2.4.6.2.s4.b3 the LRS MUST return every contextActivities value as an array', () => {
    const context = { contextActivities: { parent: ACTIVITY, grouping: [ACTIVITY], category: ACTIVITY } };
    expect(statementForStorage(statement({ context }), FIELDS).context).toEqual({
      contextActivities: { parent: [ACTIVITY], grouping: [ACTIVITY], category: [ACTIVITY] },
    });
  });

  it('2.4.6.2.s4.b4 a single Activity becomes an array of length one, in a SubStatement too', () => {
    const stored = statementForStorage(statement({ object: subStatement({ context: { contextActivities: { other: ACTIVITY } } }) }), FIELDS);
    expect(stored.object).toMatchObject({ context: { contextActivities: { other: [ACTIVITY] } } });
  });

  it('2.3.1 nothing else changes, the input is not mutated, and the result is still valid', () => {
    const input = statement({ context: { contextActivities: { parent: ACTIVITY } }, result: { duration: 'PT1H0M0S' } });
    const before = structuredClone(input);
    const stored = statementForStorage(input, FIELDS);
    expect(input).toEqual(before);
    expect(stored).toEqual({ ...before, id: FIELDS.id, stored: FIELDS.stored, authority: FIELDS.authority, version: '1.0.0', timestamp: FIELDS.stored, context: { contextActivities: { parent: [ACTIVITY] } } });
    expect(validateStatement(stored)).toEqual([]);
  });
});
