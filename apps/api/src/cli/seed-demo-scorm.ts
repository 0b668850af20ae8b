import type { DataSource } from 'typeorm';
import type { FileStorage } from '@lms/server-core';
import { TypeOrmCoursesRepository } from '@lms/server-courses';
import { DIGITAL_SAFETY_IDENTIFIER, digitalSafetyZip, importScormPackage, TypeOrmScormRepository } from '@lms/server-scorm';

/**
 * The demo's SCORM activity: the digital safety package in Lao, in the Lao cybersecurity starter
 * course, right after the lesson on passwords (the first item of its second module).
 */
export const DEMO_SCORM = { courseSlug: 'cybersecurity-awareness-lo', modulePosition: 2, position: 2, title: 'ຝຶກເລືອກລະຫັດຜ່ານທີ່ແຂງແຮງ' } as const;

/**
 * Imports the activity as POST /modules/:id/scorm does (files to storage, the package, the item
 * in the draft) under the course's owner, moves it into place and publishes the course.
 * Idempotent: a course that holds the package already is left alone. Answers how many were
 * added: 0 also when the starter course is not there.
 */
export async function seedDemoScorm(ds: DataSource, storage: FileStorage): Promise<number> {
  const [found] = await ds.query(`SELECT id FROM courses WHERE slug = $1`, [DEMO_SCORM.courseSlug]);
  if (!found) return 0;
  const [held] = await ds.query(`SELECT 1 FROM scorm_packages WHERE course_id = $1 AND manifest->>'identifier' = $2`, [found.id, DIGITAL_SAFETY_IDENTIFIER]);
  if (held) return 0;
  const courses = new TypeOrmCoursesRepository(ds);
  const course = (await courses.findCourse(found.id))!;
  const module = (await courses.detail(course.id, course.draftVersion))!.modules.find((m) => m.position === DEMO_SCORM.modulePosition);
  if (!module) throw new Error(`${DEMO_SCORM.courseSlug} has no module ${DEMO_SCORM.modulePosition} for the demo SCORM activity`);
  const zip = await digitalSafetyZip({ locale: 'lo', title: DEMO_SCORM.title });
  const item = await importScormPackage({ courses, scorm: new TypeOrmScormRepository(ds), storage }, course.id, module.id, course.ownerId, zip);
  await courses.editDraft(course.id, (draft) => draft.updateScorm(item.id, { position: DEMO_SCORM.position }));
  await courses.publish(course.id);
  return 1;
}
