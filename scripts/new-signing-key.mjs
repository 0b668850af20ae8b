// npm run --silent keys:new: prints a new Ed25519 signing key for certificates, as the JSON that
// CERTIFICATE_SIGNING_KEYS takes. To rotate, put the new key first and keep the old one after it
// without its "d", so that certificates it signed stay verifiable:
//   CERTIFICATE_SIGNING_KEYS='[{new key with d}, {"kty":"OKP","crv":"Ed25519","x":"…","kid":"…"}]'
import { createHash, generateKeyPairSync } from 'node:crypto';

const { kty, crv, x, d } = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
const kid = createHash('sha256').update(JSON.stringify({ crv, kty, x })).digest('base64url');
process.stdout.write(JSON.stringify([{ kty, crv, x, d, kid }]) + '\n');
