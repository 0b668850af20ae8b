import { gunzipSync } from 'node:zlib';
import { encodeStatusList, statusBit } from './status-list';

describe('Bitstring Status List', () => {
  it('sets exactly the revoked indexes, most significant bit first, in a list of at least 16 KiB', () => {
    const list = encodeStatusList([0, 9, 131_071]);
    const bytes = gunzipSync(Buffer.from(list.slice(1), 'base64url'));
    expect(list[0]).toBe('u');
    expect(bytes.length).toBe(16_384);
    expect([bytes[0], bytes[1], bytes[16_383]]).toEqual([0b1000_0000, 0b0100_0000, 0b0000_0001]);
    expect([0, 1, 8, 9, 10, 131_071].map((i) => statusBit(list, i))).toEqual([true, false, false, true, false, true]);
  });

  it('is all zeros with nothing revoked, and grows by whole blocks past the minimum', () => {
    expect(gunzipSync(Buffer.from(encodeStatusList([]).slice(1), 'base64url')).every((b) => b === 0)).toBe(true);
    const big = encodeStatusList([131_072]);
    expect(gunzipSync(Buffer.from(big.slice(1), 'base64url')).length).toBe(32_768);
    expect(statusBit(big, 131_072)).toBe(true);
  });
});
