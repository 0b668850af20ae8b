import { Injectable } from '@nestjs/common';
import type { AssignmentPreview, AssignmentResult, AssignmentView, Page } from '@lms/contracts';
import { Clock, pageOf, type Actor } from '@lms/server-core';
import { CoursesRepository } from '@lms/server-courses';
import { OrgUnitsRepository, scopeOf } from '@lms/server-org';
import type { CreateAssignmentDto, ListAssignmentsQuery } from '../dtos/assignment.dto';
import { EnrolmentsErrorCode, EnrolmentsException } from '../enrolments.exception';
import { EnrolmentsRepository, type NewAssignment } from '../enrolments.repository';

/** Up to this many people are enrolled while the request waits; more go to the worker's job. */
export const INLINE_ASSIGNMENT_LIMIT = 2000;

/**
 * Mandatory courses. An assignment is a rule (a unit's subtree, a position, listed users) that
 * keeps enrolling the people it covers, including those who join later. HR managers assign
 * within their subtree only; anything outside it is "not found".
 */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly enrolments: EnrolmentsRepository,
    private readonly courses: CoursesRepository,
    private readonly orgUnits: OrgUnitsRepository,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, dto: CreateAssignmentDto): Promise<AssignmentResult> {
    const rule = await this.validRule(actor, dto);
    const { assignmentId, matched, alreadyEnrolled } = await this.enrolments.createAssignment({ ...rule, createdBy: actor.userId });
    if (matched - alreadyEnrolled > INLINE_ASSIGNMENT_LIMIT) return { assignmentId, assigned: matched - alreadyEnrolled, alreadyEnrolled, queued: true };
    const { inserted } = await this.enrolments.applyAssignment(assignmentId);
    return { assignmentId, assigned: inserted, alreadyEnrolled: matched - inserted, queued: false };
  }

  /** What `create` would do now, checked the same way, with nothing written: who it covers and how many of them are new. */
  async preview(actor: Actor, dto: CreateAssignmentDto): Promise<AssignmentPreview> {
    const { matched, alreadyEnrolled } = await this.enrolments.previewAssignment(await this.validRule(actor, dto));
    return { matched, alreadyEnrolled, willEnrol: matched - alreadyEnrolled };
  }

  /** The rule as stored, once the course, the unit, the users and the due date have been checked against the actor's scope. */
  private async validRule(actor: Actor, dto: CreateAssignmentDto): Promise<Omit<NewAssignment, 'createdBy'>> {
    const course = await this.courses.findCourse(dto.courseId);
    if (!course || course.status === 'draft') throw new EnrolmentsException(EnrolmentsErrorCode.CourseNotFound, 'Course not found');
    if (course.status !== 'published') throw new EnrolmentsException(EnrolmentsErrorCode.CourseNotPublished, 'Only a published course can be assigned');
    const scope = scopeOf(actor);
    const userIds = [...new Set(dto.userIds ?? [])];
    if (!dto.orgUnitId && !dto.position && !userIds.length) {
      throw new EnrolmentsException(EnrolmentsErrorCode.EmptyRule, 'Name an org unit, a position or some users to assign the course to');
    }
    if (dto.orgUnitId && !(await this.orgUnits.isInScope(scope, dto.orgUnitId))) {
      throw new EnrolmentsException(EnrolmentsErrorCode.OrgUnitNotFound, 'Org unit not found');
    }
    if (userIds.length) {
      const visible = await this.enrolments.usersInScope(scope, userIds);
      const missing = userIds.filter((id) => !visible.has(id));
      if (missing.length) throw new EnrolmentsException(EnrolmentsErrorCode.UserNotFound, `${missing.length} of the listed users were not found: ${missing.slice(0, 5).join(', ')}`);
    }
    if (dto.dueAt && new Date(dto.dueAt) <= this.clock.now()) {
      throw new EnrolmentsException(EnrolmentsErrorCode.DueDatePassed, 'dueAt must be in the future');
    }
    const byOrg = Boolean(dto.orgUnitId || dto.position);
    // A position alone means that position within the HR manager's own subtree (an admin's: everywhere).
    const orgUnitId = dto.orgUnitId ?? (dto.position && scope.kind === 'subtree' ? scope.rootId : null);
    return {
      courseId: dto.courseId,
      orgUnitId,
      byOrg,
      position: dto.position ?? null,
      userIds,
      dueAt: dto.dueAt ? new Date(dto.dueAt) : null,
      dueInDays: dto.dueInDays ?? null,
      recurrenceMonths: dto.recurrenceMonths ?? null,
    };
  }

  async list(actor: Actor, query: ListAssignmentsQuery): Promise<Page<AssignmentView>> {
    const scope = scopeOf(actor);
    const { items, total } = await this.enrolments.assignments({
      // The same rules "end" accepts: a unit in scope, or one the caller made. A colleague's rule
      // for named users may name people outside this caller's subtree, so it is not shown.
      scope: scope.kind === 'subtree' ? { rootId: scope.rootId, createdBy: actor.userId } : null,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return pageOf(items, total, query);
  }

  /** Stops the rule from enrolling anyone else; existing enrolments and their due dates stay. */
  async end(actor: Actor, id: string): Promise<void> {
    const found = await this.enrolments.findAssignment(id);
    const scope = scopeOf(actor);
    const visible = found && (scope.kind === 'all' || (found.orgUnitId !== null && (await this.orgUnits.isInScope(scope, found.orgUnitId))) || found.createdBy === actor.userId);
    if (!visible) throw new EnrolmentsException(EnrolmentsErrorCode.AssignmentNotFound, 'Assignment not found');
    await this.enrolments.endAssignment(id, this.clock.now());
  }
}
