import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '@lms/server-core';
import { RollupFold } from '../rollup/rollup-fold';

@Injectable()
@HandlesJob('reports.fold-rollup')
export class FoldRollupProcessor implements JobHandler<'reports.fold-rollup'> {
  constructor(private readonly fold: RollupFold) {}

  async handle(): Promise<void> {
    await this.fold.fold();
  }
}
