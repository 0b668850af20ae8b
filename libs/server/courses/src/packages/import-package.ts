import { HttpStatus } from '@nestjs/common';
import { basename } from 'node:path';
import { ApiException, type FileStorage } from '@lms/server-core';
import { detectType } from '../attachments/detect-type';
import { storeUpload, UploadRejected, type StoredUpload } from '../attachments/store-upload';
import { CoursesErrorCode, CoursesException } from '../courses.exception';
import type { CoursesRepository } from '../courses.repository';
import { renderLessonMarkdown } from '../markdown/render-markdown';
import { PackageInvalid, type PackageProblem } from './package-error';
import { checkScormItems, discardScormItems, stageScormItems } from './package-scorm-items';
import { MEDIA_REFERENCE, parsePackage } from './parse-package';
import type { QuizPackages } from './quiz-packages.port';
import { readZip } from './read-zip';
import type { ScormPackages } from './scorm-packages.port';

/** How a stored package file is linked from lesson Markdown. */
export const attachmentUrl = (id: string) => `/api/v1/attachments/${id}`;

function invalid(problems: PackageProblem[]): ApiException {
  return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, `The course package has ${problems.length} problem(s); nothing was imported`, [{ code: 'courses.package-invalid' }], { errors: problems });
}

/**
 * Validates a whole package zip (its quizzes and SCORM zips too), stores the media its lessons use
 * as attachments (links rewritten to them) and the files of its SCORM zips, then writes the course
 * in one transaction; returns its id. If that transaction fails, the SCORM files are deleted. Used
 * by the API and by the seed that imports the starter catalogue.
 */
export async function importPackage(
  courses: CoursesRepository,
  storage: FileStorage,
  ownerId: string,
  zip: Buffer,
  videoHosts?: string[],
  quizPackages?: QuizPackages,
  scormPackages?: ScormPackages,
): Promise<string> {
  let pkg;
  let files: Map<string, Buffer>;
  try {
    files = await readZip(zip);
    pkg = parsePackage(files);
  } catch (error) {
    if (error instanceof PackageInvalid) throw invalid(error.problems);
    throw error;
  }
  const items = pkg.modules.flatMap((m) => m.items);
  const mediaPaths = [...new Set(items.flatMap((i) => i.media))];
  const contentProblems = [
    ...(quizPackages?.check(items.filter((i) => i.kind === 'quiz').map((i) => ({ path: i.path, source: i.content }))) ?? []),
    ...(await checkScormItems(items, files, scormPackages)),
    ...mediaPaths.filter((path) => !detectType(files.get(path)!)).map((file) => ({ file, message: new UploadRejected('type').message })),
  ];
  if (contentProblems.length) throw invalid(contentProblems);
  if (await courses.slugTaken(pkg.slug)) {
    throw new CoursesException(CoursesErrorCode.SlugTaken, `course.yaml: a course with the slug "${pkg.slug}" already exists`);
  }

  const stored = new Map<string, StoredUpload>();
  const problems: PackageProblem[] = [];
  for (const path of mediaPaths) {
    try {
      stored.set(path, await storeUpload(storage, files.get(path)!, basename(path)));
    } catch (error) {
      if (!(error instanceof UploadRejected)) throw error;
      problems.push({ file: path, message: error.message });
    }
  }
  if (problems.length) throw invalid(problems);

  const staged = await stageScormItems(items, files, scormPackages, ownerId);
  const modules = pkg.modules.map((m) => ({
    title: m.title,
    items: m.items.map((i) => {
      if (i.kind === 'scorm') return { kind: i.kind, title: i.title, content: '', path: i.path, scorm: { scormPackageId: staged.get(i)!.packageId } };
      if (i.kind !== 'lesson') return { kind: i.kind, title: i.title, content: i.content, path: i.path };
      const content = i.content.replace(MEDIA_REFERENCE, (whole, ref: string) => whole.replace(ref, attachmentUrl(stored.get(ref)!.id)));
      return { kind: i.kind, title: i.title, content, html: renderLessonMarkdown(content, videoHosts), attachments: i.media.map((ref) => stored.get(ref)!) };
    }),
  }));
  try {
    return await courses.createFromPackage({ ...pkg, modules }, ownerId, async (m, imported) => {
      if (quizPackages) await quizPackages.materialise(m, imported, ownerId);
      for (const s of staged.values()) await s.write(m, imported.courseId);
    });
  } catch (error) {
    await discardScormItems(staged);
    throw error;
  }
}
