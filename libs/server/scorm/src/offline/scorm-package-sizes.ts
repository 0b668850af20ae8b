import { Injectable } from '@nestjs/common';
import { OfflinePackageSizes } from '@lms/server-courses';
import { runtimeDownloadBytes } from '../content/runtime-files';
import { ScormRepository } from '../scorm.repository';

/** The courses feature's OfflinePackageSizes: each SCORM item's download, as GET /scorm-items/:id counts it. */
@Injectable()
export class ScormPackageSizes extends OfflinePackageSizes {
  constructor(private readonly scorm: ScormRepository) {
    super();
  }

  async sizes(courseId: string, version: number): Promise<{ id: string; bytes: number }[]> {
    const runtime = runtimeDownloadBytes();
    return (await this.scorm.packageSizesInVersion(courseId, version)).map((item) => ({ id: item.id, bytes: item.sizeBytes + runtime }));
  }
}
