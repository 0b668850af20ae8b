import { Inject, Injectable, Optional } from '@nestjs/common';
import type { CourseDetail } from '@lms/contracts';
import { APP_CONFIG, FileStorage, type Actor, type AppConfig } from '@lms/server-core';
import { CoursesErrorCode, CoursesException } from '../courses.exception';
import { CoursesRepository } from '../courses.repository';
import { CoursesService } from '../courses.service';
import { importPackage } from './import-package';
import { QuizPackages } from './quiz-packages.port';
import { ScormPackages } from './scorm-packages.port';
import { writePackage } from './write-package';

@Injectable()
export class CoursePackagesService {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly coursesService: CoursesService,
    private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() private readonly quizPackages?: QuizPackages,
    @Optional() private readonly scormPackages?: ScormPackages,
  ) {}

  /** Validates the whole package, then writes the course in one transaction. The importer owns it. */
  async import(actor: Actor, zip: Buffer): Promise<CourseDetail> {
    const id = await importPackage(this.courses, this.storage, actor.userId, zip, this.config.videoHosts, this.quizPackages, this.scormPackages);
    return this.coursesService.detail(actor, id);
  }

  /** The course as its authors see it (the draft), as a package zip. */
  async export(actor: Actor, courseId: string): Promise<{ filename: string; zip: Buffer }> {
    const course = await this.coursesService.editable(actor, courseId);
    const content = (await this.courses.packageContent(courseId, course.draftVersion))!;
    if (this.quizPackages) {
      for (const item of content.modules.flatMap((m) => m.items)) {
        if (item.kind === 'quiz' && item.id) item.content = (await this.quizPackages.exportSource(item.id, course.draftVersion)) ?? item.content;
      }
    }
    const scormZip = async (itemId: string) => {
      const zip = await this.scormPackages?.exportZip(itemId, course.draftVersion);
      // Leaving the item out would break the promise that export then import gives an equal course.
      if (!zip) {
        const title = content.modules.flatMap((m) => m.items).find((i) => i.id === itemId)?.title ?? itemId;
        throw new CoursesException(CoursesErrorCode.PackageFilesMissing, `The SCORM activity "${title}" cannot be exported: files of its package are missing from storage. Import its package into the course again, then export.`);
      }
      return zip;
    };
    return { filename: `${content.slug}.zip`, zip: await writePackage(content, (key) => this.storage.get(key), scormZip) };
  }
}
