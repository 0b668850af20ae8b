import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PublishPreviewRepository, type VersionsToCompare } from './publish-preview.repository';

/** One query: both versions' modules and items, their course details, and the enrolment counts. */
const COMPARE = `
  SELECT
    (SELECT COALESCE(json_agg(json_build_object('version', m.version, 'id', m.module_id, 'title', m.title, 'position', m.position)), '[]')
       FROM course_module_revisions m WHERE m.course_id = $1 AND m.version = ANY($2::int[])) AS modules,
    (SELECT COALESCE(json_agg(json_build_object(
         'version', r.version, 'id', r.item_id, 'kind', i.kind, 'moduleId', r.module_id, 'title', r.title, 'position', r.position,
         'contentHash', md5(concat_ws(chr(31), r.markdown, r.source,
           (SELECT string_agg(l.attachment_id::text, ',' ORDER BY l.position) FROM course_item_attachments l WHERE l.item_id = r.item_id AND l.version = r.version))),
         'settingsHash', CASE WHEN r.settings IS NULL THEN NULL ELSE md5(r.settings::text) END)), '[]')
       FROM course_item_revisions r JOIN course_items i ON i.id = r.item_id
       WHERE r.course_id = $1 AND r.version = ANY($2::int[])) AS items,
    (SELECT COALESCE(json_object_agg(v.version, json_build_object(
         'title', v.title, 'summary', v.summary, 'category', v.category, 'level', v.level, 'estimatedMinutes', v.estimated_minutes,
         'tags', v.tags, 'competences', v.competences)), '{}')
       FROM course_versions v WHERE v.course_id = $1 AND v.version = ANY($2::int[])) AS details,
    (SELECT json_build_object('enrolled', count(*), 'completed', count(*) FILTER (WHERE e.completed_at IS NOT NULL))
       FROM enrolments e WHERE e.course_id = $1) AS learners`;

@Injectable()
export class TypeOrmPublishPreviewRepository extends PublishPreviewRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async compare(courseId: string, versions: number[]): Promise<VersionsToCompare> {
    const [row] = await this.dataSource.query(COMPARE, [courseId, versions]);
    return row;
  }
}
