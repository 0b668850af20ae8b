import { PickType } from '@nestjs/swagger';
import { UpdateLessonDto } from '@lms/server-courses';

/** PATCH /scorm-items/:id: a new title, a new place in its module (1-based), or both; a lesson's limits. */
export class UpdateScormItemDto extends PickType(UpdateLessonDto, ['title', 'position'] as const) {}
