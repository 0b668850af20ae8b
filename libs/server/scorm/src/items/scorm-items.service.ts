import { Injectable } from '@nestjs/common';
import type { ScormItemView } from '@lms/contracts';
import type { Actor } from '@lms/server-core';
import { CoursesRepository, CoursesService } from '@lms/server-courses';
import { toItemView } from '../packages/package-view';
import { ScormErrorCode, ScormException } from '../scorm.exception';
import { ScormRepository } from '../scorm.repository';
import type { UpdateScormItemDto } from './update-scorm-item.dto';

/** A SCORM item in its course's outline: every write goes to the draft version, as lessons' do. */
@Injectable()
export class ScormItemsService {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly coursesService: CoursesService,
    private readonly scorm: ScormRepository,
  ) {}

  async update(actor: Actor, itemId: string, dto: UpdateScormItemDto): Promise<ScormItemView> {
    const { title, position } = dto;
    if (title === undefined && position === undefined) throw new ScormException(ScormErrorCode.NothingToChange, 'Give a title, a position or both');
    const item = await this.courses.findItem(itemId);
    if (!item || item.kind !== 'scorm') throw this.itemNotFound();
    await this.coursesService.editable(actor, item.courseId);
    // The write may open a new draft version (copy on write): the answer reads that one.
    const version = await this.courses.editDraft(item.courseId, async (draft) => ((await draft.updateScorm(itemId, { title, position })) ? draft.version : null));
    const placed = version === null ? null : await this.scorm.itemInVersion(itemId, version);
    const pkg = placed ? await this.scorm.findPackage(placed.packageId) : null;
    if (!placed || !pkg) throw this.itemNotFound();
    return toItemView(itemId, item.courseId, placed, pkg);
  }

  private itemNotFound() {
    return new ScormException(ScormErrorCode.ItemNotFound, 'SCORM item not found');
  }
}
