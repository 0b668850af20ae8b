import { HttpStatus, Injectable } from '@nestjs/common';
import type { AttachmentView } from '@lms/contracts';
import { ApiException, FileStorage, type Actor } from '@lms/server-core';
import { CoursesErrorCode, CoursesException } from '../courses.exception';
import { CoursesRepository } from '../courses.repository';
import { toAttachmentView } from './attachment-view';
import { MediaUrls } from './media-urls';
import { CoursesService } from '../courses.service';
import { storeUpload, UploadRejected } from './store-upload';

@Injectable()
export class AttachmentsService {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly coursesService: CoursesService,
    private readonly storage: FileStorage,
    private readonly mediaUrls: MediaUrls,
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
    return toAttachmentView({ ...stored, courseId: course.id }, (url) => this.mediaUrls.sign(url));
  }

  /**
   * The file (or one of its renditions) behind a signed URL. Who may read it was checked when the
   * URL was handed out with a lesson the reader may see; the signature proves that, until it expires.
   */
  async read(attachmentId: string, width: string | undefined, exp: string | undefined, sig: string | undefined): Promise<{ body: Buffer; contentType: string; filename: string }> {
    if (!this.mediaUrls.verify(attachmentId, width, exp, sig)) {
      throw new ApiException(HttpStatus.FORBIDDEN, 'This file link is not valid or has expired; open the lesson again to get a fresh one');
    }
    const found = await this.courses.findAttachment(attachmentId);
    if (!found) throw new ApiException(HttpStatus.NOT_FOUND, 'Attachment not found');
    const variant = width === undefined ? null : found.attachment.variants.find((v) => v.width === Number(width));
    if (width !== undefined && !variant) throw new ApiException(HttpStatus.NOT_FOUND, `No rendition ${width} pixels wide`);
    const key = variant?.storageKey ?? found.attachment.storageKey;
    const body = await this.storage.get(key);
    if (!body) throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, 'The file is not in storage right now');
    return { body, contentType: variant?.contentType ?? found.attachment.contentType, filename: found.attachment.filename };
  }
}

