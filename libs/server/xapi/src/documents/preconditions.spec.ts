import { checkPreconditions, documentEtag } from './preconditions';

const etag = documentEtag(Buffer.from('{"v":1}'));

describe('document concurrency (xAPI 1.0.3 Communication §3.1, RFC 7232)', () => {
  it('§3.1.s4.b2 the ETag is the lowercase hex SHA-1 of the contents', () => {
    expect(documentEtag(Buffer.from('here is a simple attachment'))).toMatch(/^[0-9a-f]{40}$/);
    expect(documentEtag(Buffer.from(''))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
  });

  it('If-Match passes only for a current tag in its list, or * when the document exists; weak and unquoted tags are read too', () => {
    expect(checkPreconditions({ ifMatch: `"${etag}"` }, etag, true)).toBe('ok');
    expect(checkPreconditions({ ifMatch: `"abc", W/"${etag}"` }, etag, true)).toBe('ok');
    expect(checkPreconditions({ ifMatch: etag.toUpperCase() }, etag, true)).toBe('ok');
    expect(checkPreconditions({ ifMatch: '"abc"' }, etag, true)).toBe('failed');
    expect(checkPreconditions({ ifMatch: '*' }, etag, true)).toBe('ok');
    expect(checkPreconditions({ ifMatch: '*' }, null, true)).toBe('failed');
    expect(checkPreconditions({ ifMatch: `"${etag}"` }, null, true)).toBe('failed');
  });

  it('If-None-Match: * fails when the document exists; a list fails when the current tag is in it', () => {
    expect(checkPreconditions({ ifNoneMatch: '*' }, etag, true)).toBe('failed');
    expect(checkPreconditions({ ifNoneMatch: '*' }, null, true)).toBe('ok');
    expect(checkPreconditions({ ifNoneMatch: `"${etag}"` }, etag, true)).toBe('failed');
    expect(checkPreconditions({ ifNoneMatch: '"other"' }, etag, true)).toBe('ok');
  });

  it('§3.1.s4.b13 a PUT over an existing profile without either header is "unguarded" (409); over nothing, or for state, it goes ahead', () => {
    expect(checkPreconditions({}, etag, true)).toBe('unguarded');
    expect(checkPreconditions({}, null, true)).toBe('ok');
    expect(checkPreconditions({}, etag, false)).toBe('ok');
  });
});
