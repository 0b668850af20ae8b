import { HttpStatus, Injectable } from '@nestjs/common';
import type { AttachmentView } from '@lms/contracts';
import { ApiException, FileStorage, type Actor } from '@lms/server-core';
import { readableVersion } from '../course-access';
import { CoursesErrorCode, CoursesException } from '../courses.exception';
import { CoursesRepository } from '../courses.repository';
import { toAttachmentView } from './attachment-view';
import { CoursesService } from '../courses.service';
import { storeUpload, UploadRejected } from './store-upload';

@Injectable()
export class AttachmentsService {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly coursesService: CoursesService,
    private readonly storage: FileStorage,
  ) {}

  /**
   * Stores an upload for a lesson's draft: its type from its bytes, images also as phone-sized
   * WebP renditions. Files are written before the row that names them, so a row never points at
   * a missing file.
   */
  async add(actor: Actor, lessonId: string, upload: { buffer: Buffer; filename: string }): Promise<AttachmentView> {
    const course = await this.courses.findCourseOfItem(lessonId);
    if (!course || course.itemKind !== 'lesson') throw new CoursesException(CoursesErrorCode.LessonNotFound, 'Lesson not found');
    await this.coursesService.editable(actor, course.id);
    let stored;
    try {
      stored = await storeUpload(this.storage, upload.buffer, upload.filename);
    } catch (error) {
      if (!(error instanceof UploadRejected)) throw error;
      throw error.reason === 'type'
        ? new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'Attach a PDF, an image (PNG, JPEG, WebP, GIF) or audio (MP3, M4A, Ogg, WAV)')
        : new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, 'The image could not be read; it may be damaged');
    }
    const linked = await this.courses.editDraft(course.id, (draft) => draft.addAttachment(lessonId, { ...stored, createdBy: actor.userId }));
    if (!linked) throw new CoursesException(CoursesErrorCode.LessonNotFound, 'Lesson not found');
    return toAttachmentView({ ...stored, courseId: course.id });
  }

  /** The file (or one of its renditions) if the actor may read a version of a lesson that shows it. */
  async read(actor: Actor, attachmentId: string, width?: number): Promise<{ body: Buffer; contentType: string; filename: string }> {
    const found = await this.courses.findAttachment(attachmentId);
    const version = found ? readableVersion(actor, found.course) : null;
    if (!found || version === null || !found.versions.includes(version)) throw new ApiException(HttpStatus.NOT_FOUND, 'Attachment not found');
    const variant = width === undefined ? null : found.attachment.variants.find((v) => v.width === width);
    if (width !== undefined && !variant) throw new ApiException(HttpStatus.NOT_FOUND, `No rendition ${width} pixels wide`);
    const key = variant?.storageKey ?? found.attachment.storageKey;
    const body = await this.storage.get(key);
    if (!body) throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, 'The file is not in storage right now');
    return { body, contentType: variant?.contentType ?? found.attachment.contentType, filename: found.attachment.filename };
  }
}

