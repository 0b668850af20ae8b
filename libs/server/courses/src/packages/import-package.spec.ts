import { tmpdir } from 'node:os';
import { stringify } from 'yaml';
import { FilesystemStorage } from '@lms/server-core';
import { FakeCoursesRepository } from '@lms/server-testing';
import { importPackage } from './import-package';
import { ScormPackages, type StagedScormPackage } from './scorm-packages.port';
import { writeZip } from './write-zip';

const MANIFEST = stringify({
  slug: 'scorm-only-en',
  locale: 'en',
  title: 'SCORM only',
  category: 'cybersecurity',
  level: 'beginner',
  modules: [{ title: 'Packages', items: [{ scorm: 'scorm/01-01-a.zip', title: 'A' }, { scorm: 'scorm/01-02-b.zip', title: 'B' }] }],
});

/** SCORM zips whose bytes say whether they pass; what was staged, written and discarded, in order. */
class RecordingScormPackages extends ScormPackages {
  readonly log: string[] = [];
  /** Set, writing the second package fails, as a failing transaction would. */
  failure: Error | null = null;

  async check(path: string, zip: Buffer) {
    return zip.toString() === 'good' ? [] : [{ file: path, message: 'imsmanifest.xml: is missing' }];
  }

  async stage(): Promise<StagedScormPackage> {
    const packageId = `package-${this.log.filter((e) => e.startsWith('stage')).length + 1}`;
    this.log.push(`stage ${packageId}`);
    const write = async (_m: unknown, courseId: string) => {
      if (this.failure && packageId === 'package-2') throw this.failure;
      this.log.push(`write ${packageId} for ${courseId}`);
    };
    return { packageId, write, discard: async () => void this.log.push(`discard ${packageId}`) };
  }

  async exportZip() {
    return null;
  }
}

function setup(b = 'good') {
  const courses = new FakeCoursesRepository();
  const scorm = new RecordingScormPackages();
  const run = async () => importPackage(courses, new FilesystemStorage(tmpdir()), 'owner', await writeZip([['course.yaml', Buffer.from(MANIFEST)], ['scorm/01-01-a.zip', Buffer.from('good')], ['scorm/01-02-b.zip', Buffer.from(b)]]), [], undefined, scorm);
  return { courses, scorm, run };
}

describe('importPackage with SCORM items', () => {
  it('stores the zips, then writes their packages in the course\'s transaction, the items naming them', async () => {
    const { courses, scorm, run } = setup();
    const id = await run();
    expect(scorm.log).toEqual(['stage package-1', 'stage package-2', `write package-1 for ${id}`, `write package-2 for ${id}`]);
    const content = await courses.packageContent(id, 1);
    expect(content!.modules[0].items.map((i) => [i.kind, i.title])).toEqual([['scorm', 'A'], ['scorm', 'B']]);
  });

  it('stores nothing when one zip has a problem, and names it', async () => {
    const { courses, scorm, run } = setup('bad');
    await expect(run()).rejects.toMatchObject({ extraBody: { errors: [{ file: 'scorm/01-02-b.zip', message: 'imsmanifest.xml: is missing' }] } });
    expect(scorm.log).toEqual([]);
    expect(await courses.slugTaken('scorm-only-en')).toBe(false);
  });

  it('deletes the stored files when the course\'s transaction fails, and leaves no course', async () => {
    const { courses, scorm, run } = setup();
    const failing = (scorm.failure = new Error('the transaction failed'));
    await expect(run()).rejects.toBe(failing);
    expect(scorm.log).toEqual(['stage package-1', 'stage package-2', expect.stringMatching(/^write package-1 for /), 'discard package-1', 'discard package-2']);
    expect(await courses.slugTaken('scorm-only-en')).toBe(false);
  });

  it('refuses SCORM items when the server has no SCORM feature', async () => {
    const courses = new FakeCoursesRepository();
    const zip = await writeZip([['course.yaml', Buffer.from(MANIFEST)], ['scorm/01-01-a.zip', Buffer.from('good')], ['scorm/01-02-b.zip', Buffer.from('good')]]);
    await expect(importPackage(courses, new FilesystemStorage(tmpdir()), 'owner', zip)).rejects.toMatchObject({
      extraBody: { errors: [{ file: 'scorm/01-01-a.zip', message: expect.stringMatching(/SCORM package, which this server cannot import/) }, expect.objectContaining({ file: 'scorm/01-02-b.zip' })] },
    });
  });
});
