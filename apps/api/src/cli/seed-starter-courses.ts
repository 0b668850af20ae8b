import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { DataSource } from 'typeorm';
import { ZipFile } from 'yazl';
import { FileStorage } from '@lms/server-core';
import { GiftQuizPackages } from '@lms/server-assessments';
import { importPackage, TypeOrmCoursesRepository } from '@lms/server-courses';

/** content/starter-courses, found by walking up from this file (source or compiled). */
export function starterCoursesDir(): string {
  if (process.env.LANE_STARTER_COURSES_DIR) return process.env.LANE_STARTER_COURSES_DIR;
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'content', 'starter-courses');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('content/starter-courses not found; set LANE_STARTER_COURSES_DIR');
}

/** Every package folder (one holding course.yaml) below the starter-courses folder. */
export function starterPackageDirs(root = starterCoursesDir()): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    if (existsSync(join(dir, 'course.yaml'))) return void found.push(dir);
    for (const name of readdirSync(dir).sort()) if (statSync(join(dir, name)).isDirectory()) walk(join(dir, name));
  };
  walk(root);
  return found;
}

/** Zips a package folder in memory, exactly as an instructor's upload would arrive. */
export async function zipFolder(dir: string): Promise<Buffer> {
  const zip = new ZipFile();
  const add = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) add(full);
      else zip.addBuffer(readFileSync(full), relative(dir, full));
    }
  };
  add(dir);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Imports and publishes each starter course that is not there yet (by slug), owned by the given
 * instructor: the same import path as POST /course-packages.
 */
export async function seedStarterCourses(ds: DataSource, storage: FileStorage, ownerEmail: string, videoHosts?: string[]): Promise<number> {
  const [owner] = await ds.query(`SELECT id FROM users WHERE email = $1`, [ownerEmail]);
  if (!owner) throw new Error(`the owner ${ownerEmail} does not exist`);
  const courses = new TypeOrmCoursesRepository(ds);
  const quizPackages = new GiftQuizPackages(ds);
  let imported = 0;
  for (const dir of starterPackageDirs()) {
    const slug = /^slug:\s*(\S+)/m.exec(readFileSync(join(dir, 'course.yaml'), 'utf8'))?.[1];
    if (slug && (await courses.slugTaken(slug))) continue;
    const id = await importPackage(courses, storage, owner.id, await zipFolder(dir), videoHosts, quizPackages);
    await courses.publish(id);
    imported++;
  }
  await quizPackages.materialisePending();
  return imported;
}
