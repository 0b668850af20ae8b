import { Injectable } from '@nestjs/common';
import type { ScormItemView } from '@lms/contracts';
import { FileStorage, type Actor } from '@lms/server-core';
import { CoursesErrorCode, CoursesException, CoursesRepository, CoursesService } from '@lms/server-courses';
import { ScormRepository } from '../scorm.repository';
import { importScormPackage } from './import-scorm-package';

/** POST /modules/:id/scorm: the module's course authors import a SCORM 1.2 zip as its last item, in the draft. */
@Injectable()
export class ScormImportService {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly coursesService: CoursesService,
    private readonly scorm: ScormRepository,
    private readonly storage: FileStorage,
  ) {}

  async import(actor: Actor, moduleId: string, zip: Buffer): Promise<ScormItemView> {
    const course = await this.courses.findCourseOfModule(moduleId);
    if (!course) throw new CoursesException(CoursesErrorCode.ModuleNotFound, 'Module not found');
    await this.coursesService.editable(actor, course.id);
    return importScormPackage({ courses: this.courses, scorm: this.scorm, storage: this.storage }, course.id, moduleId, actor.userId, zip);
  }
}
