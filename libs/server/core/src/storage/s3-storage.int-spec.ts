import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// s3rver is an S3-compatible server in Node: a real HTTP peer speaking the S3 protocol.
import S3rver from 's3rver';
import { freePort } from '@lms/server-testing';
import { S3Storage } from './s3-storage';

describe('S3Storage against an S3-compatible server', () => {
  let server: S3rver;
  let storage: S3Storage;

  beforeAll(async () => {
    const port = await freePort();
    server = new S3rver({ port, address: '127.0.0.1', silent: true, directory: mkdtempSync(join(tmpdir(), 'lane-s3-')), configureBuckets: [{ name: 'lane-files', configs: [] }] });
    await server.run();
    storage = new S3Storage({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', bucket: 'lane-files', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true, prefix: 'test/' });
  });

  afterAll(async () => {
    storage.destroy();
    await server.close();
  });

  it('stores, reads and deletes the same bytes as the filesystem adapter', async () => {
    const body = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10]);
    await storage.put('attachments/ab/file.pdf', body, 'application/pdf');
    expect((await storage.get('attachments/ab/file.pdf'))?.equals(body)).toBe(true);
    await storage.delete('attachments/ab/file.pdf');
    expect(await storage.get('attachments/ab/file.pdf')).toBeNull();
    expect(await storage.get('never/written')).toBeNull();
  });

  it('stores a file from disk and streams it back', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lane-s3-src-')), 'export.csv');
    const body = Buffer.from('\uFEFFລະຫັດ,ຊື່\n1,ສົມພອນ\n'.repeat(5000));
    writeFileSync(path, body);
    await storage.putFile('exports/a.csv', path, 'text/csv');
    const stream = await storage.open('exports/a.csv');
    const chunks: Buffer[] = [];
    for await (const chunk of stream!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(body)).toBe(true);
    expect(await storage.open('exports/missing.csv')).toBeNull();
  });

  it('refuses unsafe keys before any request', async () => {
    await expect(storage.put('../x', Buffer.from('x'), 'text/plain')).rejects.toThrow('Unsafe storage key');
  });
});
