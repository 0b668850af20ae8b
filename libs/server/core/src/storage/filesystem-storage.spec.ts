import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FilesystemStorage } from './filesystem-storage';

describe('FilesystemStorage', () => {
  const root = mkdtempSync(join(tmpdir(), 'lane-storage-'));
  const storage = new FilesystemStorage(root);

  it('stores, reads and deletes by key, leaving no temporary files', async () => {
    await storage.put('attachments/ab/cd.pdf', Buffer.from('%PDF-1.7'), 'application/pdf');
    expect((await storage.get('attachments/ab/cd.pdf'))?.toString()).toBe('%PDF-1.7');
    expect(readdirSync(join(root, 'attachments/ab'))).toEqual(['cd.pdf']);
    await storage.delete('attachments/ab/cd.pdf');
    expect(await storage.get('attachments/ab/cd.pdf')).toBeNull();
  });

  it('stores a file from disk and streams it back; a missing key opens as null', async () => {
    const source = join(mkdtempSync(join(tmpdir(), 'lane-src-')), 'export.xlsx');
    writeFileSync(source, Buffer.alloc(300_000, 7));
    await storage.putFile('exports/e1.xlsx', source, 'application/octet-stream');
    expect(readdirSync(join(root, 'exports'))).toEqual(['e1.xlsx']);
    const chunks: Buffer[] = [];
    for await (const chunk of (await storage.open('exports/e1.xlsx'))!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(Buffer.alloc(300_000, 7))).toBe(true);
    expect(await storage.open('exports/none.xlsx')).toBeNull();
  });

  it('refuses keys that could leave its directory', async () => {
    for (const key of ['../etc/passwd', '/etc/passwd', 'a/../../b', 'A B']) {
      await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow('Unsafe storage key');
    }
  });
});
