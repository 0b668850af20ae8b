import { copyFile, mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { assertStorageKey, FileStorage } from './storage.port';

/** Files under one directory; writes go to a temporary name first, so a crash leaves no half file. */
export class FilesystemStorage extends FileStorage {
  constructor(private readonly root: string) {
    super();
  }

  put(key: string, body: Buffer, _contentType: string): Promise<void> {
    return this.writeAtomically(key, (temp) => writeFile(temp, body));
  }

  putFile(key: string, source: string, _contentType: string): Promise<void> {
    return this.writeAtomically(key, (temp) => copyFile(source, temp));
  }

  /** Written under a temporary name in the same directory, then renamed into place. */
  private async writeAtomically(key: string, write: (temp: string) => Promise<void>): Promise<void> {
    assertStorageKey(key);
    const path = join(this.root, key);
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    await write(temp);
    await rename(temp, path);
  }

  async open(key: string): Promise<Readable | null> {
    assertStorageKey(key);
    try {
      // Opened first, so that a missing file is null here rather than an error mid-stream.
      const handle = await open(join(this.root, key), 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    assertStorageKey(key);
    try {
      return await readFile(join(this.root, key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await rm(join(this.root, key), { force: true });
  }
}
