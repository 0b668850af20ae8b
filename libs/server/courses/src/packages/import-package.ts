import { HttpStatus } from '@nestjs/common';
import { ApiException } from '@lms/server-core';
import { CoursesErrorCode, CoursesException } from '../courses.exception';
import type { CoursesRepository } from '../courses.repository';
import { renderLessonMarkdown } from '../markdown/render-markdown';
import { PackageInvalid } from './package-error';
import { parsePackage } from './parse-package';
import { readZip } from './read-zip';

/**
 * Validates a whole package zip, then writes the course in one transaction; returns its id.
 * Used by the API and by the seed that imports the starter catalogue.
 */
export async function importPackage(courses: CoursesRepository, ownerId: string, zip: Buffer, videoHosts?: string[]): Promise<string> {
  let pkg;
  try {
    pkg = parsePackage(await readZip(zip));
  } catch (error) {
    if (error instanceof PackageInvalid) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, `The course package has ${error.problems.length} problem(s); nothing was imported`, [{ code: 'courses.package-invalid' }], { errors: error.problems });
    }
    throw error;
  }
  if (await courses.slugTaken(pkg.slug)) {
    throw new CoursesException(CoursesErrorCode.SlugTaken, `course.yaml: a course with the slug "${pkg.slug}" already exists`);
  }
  const modules = pkg.modules.map((m) => ({
    title: m.title,
    items: m.items.map((i) => ({ ...i, html: i.kind === 'lesson' ? renderLessonMarkdown(i.content, videoHosts) : undefined })),
  }));
  return courses.createFromPackage({ ...pkg, modules }, ownerId);
}
