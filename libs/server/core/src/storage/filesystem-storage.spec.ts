import { mkdtempSync, readdirSync } from 'node:fs';
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

  it('refuses keys that could leave its directory', async () => {
    for (const key of ['../etc/passwd', '/etc/passwd', 'a/../../b', 'A B']) {
      await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow('Unsafe storage key');
    }
  });
});
