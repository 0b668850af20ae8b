import { Injectable } from '@nestjs/common';
import type { EnrolmentView } from '@lms/contracts';
import { Clock, type Actor } from '@lms/server-core';
import { scopeOf } from '@lms/server-org';
import { EnrolmentsErrorCode, EnrolmentsException } from '../enrolments.exception';
import { EnrolmentsRepository } from '../enrolments.repository';

/**
 * An HR manager's view of one person of their subtree: what they are enrolled in, and a reminder
 * about a course they have not finished. Anyone outside the subtree is "not found".
 */
@Injectable()
export class LearnerEnrolmentsService {
  constructor(
    private readonly enrolments: EnrolmentsRepository,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, userId: string): Promise<EnrolmentView[]> {
    await this.inScope(actor, userId);
    return this.enrolments.mine(userId, this.clock.now());
  }

  async remind(actor: Actor, userId: string, courseId: string): Promise<void> {
    await this.inScope(actor, userId);
    const outcome = await this.enrolments.remind(userId, courseId, actor.userId, this.clock.now());
    if (outcome === 'not-enrolled') throw new EnrolmentsException(EnrolmentsErrorCode.NotEnrolled, 'This person is not enrolled in that course');
    if (outcome === 'completed') throw new EnrolmentsException(EnrolmentsErrorCode.AlreadyCompleted, 'This person has completed the course already');
    if (outcome === 'reminded-today') throw new EnrolmentsException(EnrolmentsErrorCode.RemindedToday, 'This person was reminded of this course today already');
  }

  private async inScope(actor: Actor, userId: string): Promise<void> {
    const visible = await this.enrolments.usersInScope(scopeOf(actor), [userId]);
    if (!visible.has(userId)) throw new EnrolmentsException(EnrolmentsErrorCode.UserNotFound, 'User not found');
  }
}
