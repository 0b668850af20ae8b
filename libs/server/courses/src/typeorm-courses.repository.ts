import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CourseDetail, CourseStatus, CourseSummary } from '@lms/contracts';
import { segmentForSearch } from './search/segment-text';
import {
  CoursesRepository,
  type CatalogueFilter,
  type CatalogueView,
  type AttachmentRecord,
  type CourseRecord,
  type DraftEditor,
  type ImportedQuizzes,
  type QuizRevision,
  type ItemRecord,
  type NewCourse,
  type PackageContent,
  type SignedUrlBytes,
  type VersionFields,
} from './courses.repository';

const COURSE_COLUMNS = `c.id, c.slug, c.locale, c.owner_id AS "ownerId", c.status, c.draft_version AS "draftVersion",
  c.published_version AS "publishedVersion", c.translation_of AS "translationOf",
  ARRAY(SELECT user_id FROM course_authors a WHERE a.course_id = c.id) AS "authorIds"`;

const VERSION_COLUMNS: Record<keyof VersionFields, string> = {
  title: 'title',
  summary: 'summary',
  category: 'category',
  level: 'level',
  estimatedMinutes: 'estimated_minutes',
  tags: 'tags',
  competences: 'competences',
};

/** Moves one row of an ordered list to a new 1-based position, closing and opening gaps. */
async function reposition(m: EntityManager, table: string, scopeSql: string, scopeParams: unknown[], idColumn: string, id: string, position: number) {
  const rows: { id: string }[] = await m.query(`SELECT ${idColumn} AS id FROM ${table} WHERE ${scopeSql} ORDER BY position, ${idColumn}`, scopeParams);
  const ids = rows.map((r) => r.id).filter((r) => r !== id);
  ids.splice(Math.min(position - 1, ids.length), 0, id);
  await m.query(
    `UPDATE ${table} t SET position = v.position FROM unnest($1::uuid[]) WITH ORDINALITY AS v(id, position)
     WHERE t.${idColumn} = v.id AND ${scopeSql.replace(/\$(\d+)/g, (_, n) => `$${Number(n) + 1}`)}`,
    [ids, ...scopeParams],
  );
}

/** Recomputes a version's search vector from its title, summary and lesson text. */
async function refreshSearchVector(m: EntityManager, courseId: string, version: number): Promise<void> {
  const [v] = await m.query(`SELECT title, summary FROM course_versions WHERE course_id = $1 AND version = $2`, [courseId, version]);
  const lessons: { title: string; markdown: string | null }[] = await m.query(
    `SELECT title, markdown FROM course_item_revisions WHERE course_id = $1 AND version = $2 ORDER BY module_id, position`,
    [courseId, version],
  );
  await m.query(
    `UPDATE course_versions SET search_vector =
       setweight(to_tsvector('simple', $3), 'A') || setweight(to_tsvector('simple', $4), 'B') || setweight(to_tsvector('simple', $5), 'C')
     WHERE course_id = $1 AND version = $2`,
    [courseId, version, segmentForSearch(v.title), segmentForSearch(v.summary), segmentForSearch(lessons.map((l) => `${l.title}\n${l.markdown ?? ''}`).join('\n'))],
  );
}

@Injectable()
export class TypeOrmCoursesRepository extends CoursesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async findCourse(id: string): Promise<CourseRecord | null> {
    const [row] = await this.dataSource.query(`SELECT ${COURSE_COLUMNS} FROM courses c WHERE c.id = $1`, [id]);
    return row ?? null;
  }

  async findCourseOfModule(moduleId: string): Promise<CourseRecord | null> {
    const [row] = await this.dataSource.query(`SELECT ${COURSE_COLUMNS} FROM courses c JOIN course_modules m ON m.course_id = c.id WHERE m.id = $1`, [moduleId]);
    return row ?? null;
  }

  async findItem(itemId: string): Promise<ItemRecord | null> {
    const [row] = await this.dataSource.query(`SELECT id, course_id AS "courseId", kind FROM course_items WHERE id = $1`, [itemId]);
    return row ?? null;
  }

  async findCourseOfItem(itemId: string): Promise<(CourseRecord & { itemKind: ItemRecord['kind'] }) | null> {
    const [row] = await this.dataSource.query(`SELECT ${COURSE_COLUMNS}, i.kind AS "itemKind" FROM courses c JOIN course_items i ON i.course_id = c.id WHERE i.id = $1`, [itemId]);
    return row ?? null;
  }

  async slugTaken(slug: string, exceptCourseId?: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM courses WHERE slug = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`, [slug, exceptCourseId ?? null]);
    return rows.length > 0;
  }

  create(course: NewCourse): Promise<string> {
    return this.dataSource.transaction(async (m) => {
      const [{ id }] = await m.query(
        `INSERT INTO courses (slug, locale, owner_id, translation_of) VALUES ($1, $2, $3, $4) RETURNING id`,
        [course.slug, course.locale, course.ownerId, course.translationOf],
      );
      await m.query(
        `INSERT INTO course_versions (course_id, version, title, summary, category, level, estimated_minutes, tags, competences) VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
        [id, course.title, course.summary, course.category, course.level, course.estimatedMinutes, course.tags, JSON.stringify(course.competences)],
      );
      await refreshSearchVector(m, id, 1);
      return id as string;
    });
  }

  editDraft<T>(courseId: string, work: (draft: DraftEditor) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      const [course] = await m.query(`SELECT draft_version, published_version FROM courses WHERE id = $1 FOR UPDATE`, [courseId]);
      let version: number = course.draft_version;
      if (course.published_version === version) {
        version = await this.copyVersion(m, courseId, version);
      }
      const touch = () => m.query(`UPDATE courses SET updated_at = now() WHERE id = $1`, [courseId]);
      /** A quiz or SCORM item at the end of its module, its settings kept with the revision. */
      const addItem = async (kind: 'quiz' | 'scorm', moduleId: string, title: string, settings: object): Promise<string | null> => {
        const [found] = await m.query(`SELECT 1 FROM course_module_revisions WHERE module_id = $1 AND version = $2 AND course_id = $3`, [moduleId, version, courseId]);
        if (!found) return null;
        const [{ id }] = await m.query(`INSERT INTO course_items (course_id, kind) VALUES ($1, $2) RETURNING id`, [courseId, kind]);
        await m.query(
          `INSERT INTO course_item_revisions (item_id, course_id, version, module_id, position, title, settings)
           SELECT $1, $2, $3, $4, COALESCE(max(position), 0) + 1, $5, $6::jsonb FROM course_item_revisions
           WHERE course_id = $2 AND version = $3 AND module_id = $4`,
          [id, courseId, version, moduleId, title, JSON.stringify(settings)],
        );
        await touch();
        return id as string;
      };
      /** Renames, moves or re-sets a quiz or SCORM item; false when no item of that kind is in this version. */
      const updateItem = async (kind: 'quiz' | 'scorm', itemId: string, fields: { title?: string; settings?: object; position?: number }): Promise<boolean> => {
        const [found] = await m.query(
          `SELECT r.module_id FROM course_item_revisions r JOIN course_items i ON i.id = r.item_id AND i.kind = $4 WHERE r.item_id = $1 AND r.version = $2 AND r.course_id = $3`,
          [itemId, version, courseId, kind],
        );
        if (!found) return false;
        if (fields.title !== undefined) await m.query(`UPDATE course_item_revisions SET title = $3 WHERE item_id = $1 AND version = $2`, [itemId, version, fields.title]);
        if (fields.settings !== undefined) await m.query(`UPDATE course_item_revisions SET settings = $3::jsonb WHERE item_id = $1 AND version = $2`, [itemId, version, JSON.stringify(fields.settings)]);
        if (fields.position !== undefined) {
          await reposition(m, 'course_item_revisions', 'course_id = $1 AND version = $2 AND module_id = $3', [courseId, version, found.module_id], 'item_id', itemId, fields.position);
        }
        await touch();
        return true;
      };
      const editor: DraftEditor = {
        version,
        async updateVersion(fields) {
          const entries = Object.entries(fields).filter(([, v]) => v !== undefined) as [keyof VersionFields, unknown][];
          if (!entries.length) return;
          const sets = entries.map(([k], i) => `${VERSION_COLUMNS[k]} = $${i + 3}${k === 'competences' ? '::jsonb' : ''}`).join(', ');
          const values = entries.map(([k, v]) => (k === 'competences' ? JSON.stringify(v) : v));
          await m.query(`UPDATE course_versions SET ${sets} WHERE course_id = $1 AND version = $2`, [courseId, version, ...values]);
          await touch();
        },
        async updateCourse(fields) {
          if (fields.slug !== undefined) await m.query(`UPDATE courses SET slug = $2 WHERE id = $1`, [courseId, fields.slug]);
          if (fields.locale !== undefined) await m.query(`UPDATE courses SET locale = $2 WHERE id = $1`, [courseId, fields.locale]);
          if (fields.translationOf !== undefined) await m.query(`UPDATE courses SET translation_of = $2 WHERE id = $1`, [courseId, fields.translationOf]);
          await touch();
        },
        async addModule(title) {
          const [{ id }] = await m.query(`INSERT INTO course_modules (course_id) VALUES ($1) RETURNING id`, [courseId]);
          await m.query(
            `INSERT INTO course_module_revisions (module_id, course_id, version, title, position)
             SELECT $1, $2, $3, $4, COALESCE(max(position), 0) + 1 FROM course_module_revisions WHERE course_id = $2 AND version = $3`,
            [id, courseId, version, title],
          );
          await touch();
          return id;
        },
        async updateModule(moduleId, fields) {
          const [found] = await m.query(`SELECT 1 FROM course_module_revisions WHERE module_id = $1 AND version = $2 AND course_id = $3`, [moduleId, version, courseId]);
          if (!found) return false;
          if (fields.title !== undefined) await m.query(`UPDATE course_module_revisions SET title = $3 WHERE module_id = $1 AND version = $2`, [moduleId, version, fields.title]);
          if (fields.position !== undefined) {
            await reposition(m, 'course_module_revisions', 'course_id = $1 AND version = $2', [courseId, version], 'module_id', moduleId, fields.position);
          }
          await touch();
          return true;
        },
        async addLesson(moduleId, title, markdown, html) {
          const [found] = await m.query(`SELECT 1 FROM course_module_revisions WHERE module_id = $1 AND version = $2 AND course_id = $3`, [moduleId, version, courseId]);
          if (!found) return null;
          const [{ id }] = await m.query(`INSERT INTO course_items (course_id, kind) VALUES ($1, 'lesson') RETURNING id`, [courseId]);
          await m.query(
            `INSERT INTO course_item_revisions (item_id, course_id, version, module_id, position, title, markdown, html)
             SELECT $1, $2, $3, $4, COALESCE(max(position), 0) + 1, $5, $6, $7 FROM course_item_revisions
             WHERE course_id = $2 AND version = $3 AND module_id = $4`,
            [id, courseId, version, moduleId, title, markdown, html],
          );
          await touch();
          return id;
        },
        async updateLesson(itemId, fields) {
          const [found] = await m.query(`SELECT module_id FROM course_item_revisions WHERE item_id = $1 AND version = $2 AND course_id = $3`, [itemId, version, courseId]);
          if (!found) return false;
          if (fields.title !== undefined) await m.query(`UPDATE course_item_revisions SET title = $3 WHERE item_id = $1 AND version = $2`, [itemId, version, fields.title]);
          if (fields.markdown !== undefined) {
            await m.query(`UPDATE course_item_revisions SET markdown = $3, html = $4 WHERE item_id = $1 AND version = $2`, [itemId, version, fields.markdown, fields.html]);
          }
          if (fields.position !== undefined) {
            await reposition(m, 'course_item_revisions', 'course_id = $1 AND version = $2 AND module_id = $3', [courseId, version, found.module_id], 'item_id', itemId, fields.position);
          }
          await touch();
          return true;
        },
        addQuiz: (moduleId, title, settings) => addItem('quiz', moduleId, title, settings),
        addScorm: (moduleId, title, settings) => addItem('scorm', moduleId, title, settings),
        updateQuiz: (itemId, fields) => updateItem('quiz', itemId, fields),
        updateScorm: (itemId, fields) => updateItem('scorm', itemId, fields),
        async addAttachment(itemId, a) {
          const [found] = await m.query(`SELECT 1 FROM course_item_revisions WHERE item_id = $1 AND version = $2 AND course_id = $3`, [itemId, version, courseId]);
          if (!found) return false;
          await m.query(
            `INSERT INTO attachments (id, course_id, filename, content_type, size_bytes, storage_key, variants, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`,
            [a.id, courseId, a.filename, a.contentType, a.sizeBytes, a.storageKey, JSON.stringify(a.variants), a.createdBy],
          );
          await m.query(
            `INSERT INTO course_item_attachments (item_id, version, attachment_id, position)
             SELECT $1, $2, $3, COALESCE(max(position), 0) + 1 FROM course_item_attachments WHERE item_id = $1 AND version = $2`,
            [itemId, version, a.id],
          );
          await touch();
          return true;
        },
      };
      const result = await work(editor);
      await refreshSearchVector(m, courseId, version);
      return result;
    });
  }

  /** Copy-on-write: the frozen version's rows become the next, editable version. */
  private async copyVersion(m: EntityManager, courseId: string, from: number): Promise<number> {
    const to = from + 1;
    await m.query(
      `INSERT INTO course_versions (course_id, version, title, summary, category, level, estimated_minutes, tags, competences, search_vector)
       SELECT course_id, $3, title, summary, category, level, estimated_minutes, tags, competences, search_vector FROM course_versions WHERE course_id = $1 AND version = $2`,
      [courseId, from, to],
    );
    await m.query(
      `INSERT INTO course_module_revisions (module_id, course_id, version, title, position)
       SELECT module_id, course_id, $3, title, position FROM course_module_revisions WHERE course_id = $1 AND version = $2`,
      [courseId, from, to],
    );
    await m.query(
      `INSERT INTO course_item_revisions (item_id, course_id, version, module_id, position, title, markdown, html, source, settings)
       SELECT item_id, course_id, $3, module_id, position, title, markdown, html, source, settings FROM course_item_revisions WHERE course_id = $1 AND version = $2`,
      [courseId, from, to],
    );
    await m.query(
      `INSERT INTO course_item_attachments (item_id, version, attachment_id, position)
       SELECT l.item_id, $3, l.attachment_id, l.position FROM course_item_attachments l
       JOIN course_item_revisions r ON r.item_id = l.item_id AND r.version = l.version
       WHERE r.course_id = $1 AND l.version = $2`,
      [courseId, from, to],
    );
    await m.query(`UPDATE courses SET draft_version = $2 WHERE id = $1`, [courseId, to]);
    return to;
  }

  publish(courseId: string): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const [course] = await m.query(`SELECT draft_version, published_version FROM courses WHERE id = $1 FOR UPDATE`, [courseId]);
      if (course.published_version === course.draft_version) {
        await m.query(`UPDATE courses SET status = 'published', updated_at = now() WHERE id = $1`, [courseId]);
        return false;
      }
      await m.query(`UPDATE course_versions SET published_at = now() WHERE course_id = $1 AND version = $2`, [courseId, course.draft_version]);
      await m.query(`UPDATE courses SET published_version = draft_version, status = 'published', updated_at = now() WHERE id = $1`, [courseId]);
      return true;
    });
  }

  async setStatus(courseId: string, status: CourseStatus): Promise<void> {
    await this.dataSource.query(`UPDATE courses SET status = $2, updated_at = now() WHERE id = $1`, [courseId, status]);
  }

  replaceAuthors(courseId: string, userIds: string[]): Promise<{ notInstructors: string[] }> {
    return this.dataSource.transaction(async (m) => {
      const found: { id: string }[] = await m.query(`SELECT id FROM users WHERE id = ANY($1::uuid[]) AND 'instructor' = ANY(roles) AND status = 'active'`, [userIds]);
      const ok = new Set(found.map((r) => r.id));
      const notInstructors = userIds.filter((id) => !ok.has(id));
      if (notInstructors.length) return { notInstructors };
      await m.query(`DELETE FROM course_authors WHERE course_id = $1`, [courseId]);
      await m.query(`INSERT INTO course_authors (course_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [courseId, userIds]);
      return { notInstructors: [] };
    });
  }

  async catalogue(view: CatalogueView, filter: CatalogueFilter): Promise<{ items: CourseSummary[]; total: number }> {
    const params: unknown[] = [];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    let versionColumn = 'c.published_version';
    if (view.kind === 'published') where.push(`c.status = 'published'`);
    else {
      versionColumn = 'c.draft_version';
      where.push(`c.status = ${p(view.status)}`);
      if (view.userId) where.push(`(c.owner_id = ${p(view.userId)} OR EXISTS (SELECT 1 FROM course_authors a WHERE a.course_id = c.id AND a.user_id = $${params.length}))`);
    }
    if (filter.category) where.push(`v.category = ${p(filter.category)}`);
    if (filter.locale) where.push(`c.locale = ${p(filter.locale)}`);
    let order = 'v.title, c.id';
    if (filter.q) {
      const query = `plainto_tsquery('simple', ${p(segmentForSearch(filter.q))})`;
      where.push(`v.search_vector @@ ${query}`);
      order = `ts_rank(v.search_vector, ${query}) DESC, v.title, c.id`;
    }
    // Before relevance too: a Lao reader's Lao course before the English one, however they rank.
    if (filter.prefer) order = `c.locale = ${p(filter.prefer)} DESC, ${order}`;
    const limit = p(filter.limit);
    const offset = p(filter.offset);
    const rows = await this.dataSource.query(
      `SELECT c.id, c.slug, v.title, v.summary, v.category, c.locale, v.level, v.estimated_minutes AS "estimatedMinutes", c.status,
              count(*) OVER () AS total
       FROM courses c JOIN course_versions v ON v.course_id = c.id AND v.version = ${versionColumn}
       WHERE ${where.join(' AND ')}
       ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return { items: rows.map(({ total: _t, ...r }: { total: string }) => r), total: rows.length ? Number(rows[0].total) : 0 };
  }

  async detail(courseId: string, version: number): Promise<Omit<CourseDetail, 'hasUnpublishedChanges'> | null> {
    const [row] = await this.dataSource.query(
      `SELECT c.id, c.slug, v.title, v.summary, v.category, c.locale, v.level, v.estimated_minutes AS "estimatedMinutes", c.status,
              v.tags, v.competences, v.version, c.published_version AS "publishedVersion", c.translation_of AS "translationOf",
              COALESCE((
                SELECT json_agg(json_build_object('id', mr.module_id, 'title', mr.title, 'position', mr.position, 'items', COALESCE((
                  SELECT json_agg(json_build_object('id', ir.item_id, 'kind', i.kind, 'title', ir.title, 'position', ir.position) ORDER BY ir.position)
                  FROM course_item_revisions ir JOIN course_items i ON i.id = ir.item_id
                  WHERE ir.course_id = c.id AND ir.version = v.version AND ir.module_id = mr.module_id), '[]'::json)) ORDER BY mr.position)
                FROM course_module_revisions mr WHERE mr.course_id = c.id AND mr.version = v.version), '[]'::json) AS modules
       FROM courses c JOIN course_versions v ON v.course_id = c.id AND v.version = $2
       WHERE c.id = $1`,
      [courseId, version],
    );
    return row ?? null;
  }

  async countItems(courseId: string, version: number): Promise<number> {
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM course_item_revisions WHERE course_id = $1 AND version = $2`, [courseId, version]);
    return count;
  }

  createFromPackage(content: PackageContent, ownerId: string, inTransaction?: (m: EntityManager, imported: ImportedQuizzes) => Promise<void>): Promise<string> {
    return this.dataSource.transaction(async (m) => {
      const quizzes: ImportedQuizzes['quizzes'] = [];
      const [{ id }] = await m.query(
        `INSERT INTO courses (slug, locale, owner_id, translation_key, translation_of)
         VALUES ($1, $2::varchar, $3, $4::varchar, (SELECT id FROM courses WHERE translation_key = $4::varchar AND locale <> $2::varchar ORDER BY created_at LIMIT 1))
         RETURNING id`,
        [content.slug, content.locale, ownerId, content.translationKey],
      );
      if (content.translationKey) {
        await m.query(`UPDATE courses SET translation_of = $1 WHERE translation_key = $2 AND locale <> $3 AND translation_of IS NULL`, [id, content.translationKey, content.locale]);
      }
      await m.query(
        `INSERT INTO course_versions (course_id, version, title, summary, category, level, estimated_minutes, tags, competences)
         VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
        [id, content.title, content.summary, content.category, content.level, content.estimatedMinutes, content.tags, JSON.stringify(content.competences)],
      );
      for (const [mi, mod] of content.modules.entries()) {
        const [{ id: moduleId }] = await m.query(`INSERT INTO course_modules (course_id) VALUES ($1) RETURNING id`, [id]);
        await m.query(`INSERT INTO course_module_revisions (module_id, course_id, version, title, position) VALUES ($1, $2, 1, $3, $4)`, [moduleId, id, mod.title, mi + 1]);
        for (const [ii, item] of mod.items.entries()) {
          const [{ id: itemId }] = await m.query(`INSERT INTO course_items (course_id, kind) VALUES ($1, $2) RETURNING id`, [id, item.kind]);
          await m.query(
            `INSERT INTO course_item_revisions (item_id, course_id, version, module_id, position, title, markdown, html, source, settings)
             VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9::jsonb)`,
            [itemId, id, moduleId, ii + 1, item.title, item.kind === 'lesson' ? item.content : null, item.kind === 'lesson' ? (item.html ?? '') : null, item.kind === 'quiz' ? item.content : null, item.scorm ? JSON.stringify(item.scorm) : null],
          );
          if (item.kind === 'quiz') quizzes.push({ itemId, title: item.title, path: item.path ?? item.title, source: item.content });
          for (const [ai, a] of (item.attachments ?? []).entries()) {
            await m.query(
              `INSERT INTO attachments (id, course_id, filename, content_type, size_bytes, storage_key, variants, created_by)
               VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8) ON CONFLICT (id) DO NOTHING`,
              [a.id, id, a.filename, a.contentType, a.sizeBytes, a.storageKey, JSON.stringify(a.variants), ownerId],
            );
            await m.query(`INSERT INTO course_item_attachments (item_id, version, attachment_id, position) VALUES ($1, 1, $2, $3)`, [itemId, a.id, ai + 1]);
          }
        }
      }
      await refreshSearchVector(m, id, 1);
      if (inTransaction) await inTransaction(m, { courseId: id, quizzes });
      return id as string;
    });
  }

  async editableCourseIds(userId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM courses WHERE owner_id = $1 UNION SELECT course_id FROM course_authors WHERE user_id = $1`, [userId]);
    return rows.map((r) => r.id);
  }

  async quiz(itemId: string, version: number): Promise<QuizRevision | null> {
    const [row] = await this.dataSource.query(
      `SELECT r.item_id AS id, r.course_id AS "courseId", r.module_id AS "moduleId", r.version, r.title, r.position, r.settings, r.source
       FROM course_item_revisions r JOIN course_items i ON i.id = r.item_id AND i.kind = 'quiz' WHERE r.item_id = $1 AND r.version = $2`,
      [itemId, version],
    );
    return row ?? null;
  }

  async packageContent(courseId: string, version: number): Promise<PackageContent | null> {
    const [row] = await this.dataSource.query(
      `SELECT c.translation_key AS "translationKey", c.slug, c.locale, v.title, v.summary, v.category, v.level,
              v.estimated_minutes AS "estimatedMinutes", v.tags, v.competences,
              COALESCE((
                SELECT json_agg(json_build_object('title', mr.title, 'items', COALESCE((
                  SELECT json_agg(json_build_object('id', ir.item_id, 'kind', i.kind, 'title', ir.title, 'content', COALESCE(ir.markdown, ir.source, ''),
                    'attachments', COALESCE((SELECT json_agg(json_build_object('id', a.id, 'filename', a.filename, 'contentType', a.content_type,
                        'sizeBytes', a.size_bytes, 'storageKey', a.storage_key, 'variants', a.variants) ORDER BY l.position)
                      FROM course_item_attachments l JOIN attachments a ON a.id = l.attachment_id
                      WHERE l.item_id = ir.item_id AND l.version = ir.version), '[]'::json)) ORDER BY ir.position)
                  FROM course_item_revisions ir JOIN course_items i ON i.id = ir.item_id
                  WHERE ir.course_id = c.id AND ir.version = v.version AND ir.module_id = mr.module_id), '[]'::json)) ORDER BY mr.position)
                FROM course_module_revisions mr WHERE mr.course_id = c.id AND mr.version = v.version), '[]'::json) AS modules
       FROM courses c JOIN course_versions v ON v.course_id = c.id AND v.version = $2 WHERE c.id = $1`,
      [courseId, version],
    );
    return row ?? null;
  }

  async lesson(itemId: string, version: number): Promise<{ id: string; title: string; html: string; markdown?: string; attachments: AttachmentRecord[] } | null> {
    const [row] = await this.dataSource.query(
      `SELECT ir.item_id AS id, ir.title, COALESCE(ir.html, '') AS html, COALESCE(ir.markdown, '') AS markdown,
              COALESCE((SELECT json_agg(json_build_object('id', a.id, 'courseId', a.course_id, 'filename', a.filename, 'contentType', a.content_type,
                         'sizeBytes', a.size_bytes, 'storageKey', a.storage_key, 'variants', a.variants) ORDER BY l.position)
                        FROM course_item_attachments l JOIN attachments a ON a.id = l.attachment_id
                        WHERE l.item_id = ir.item_id AND l.version = ir.version), '[]'::json) AS attachments
       FROM course_item_revisions ir JOIN course_items i ON i.id = ir.item_id
       WHERE ir.item_id = $1 AND ir.version = $2 AND i.kind = 'lesson'`,
      [itemId, version],
    );
    return row ?? null;
  }

  async lessonDownloadSizes(courseId: string, version: number, signedUrl: SignedUrlBytes): Promise<{ id: string; bytes: number }[]> {
    const rows: { id: string; bytes: string }[] = await this.dataSource.query(
      `SELECT ir.item_id AS id,
              octet_length(COALESCE(ir.html, ''))
              + COALESCE((SELECT sum(CASE WHEN m[2] IS NULL THEN $4::int ELSE $5::int END) FROM regexp_matches(COALESCE(ir.html, ''), $3, 'g') AS m), 0)
              + COALESCE((SELECT sum(LEAST(a.size_bytes, (SELECT min((v->>'sizeBytes')::bigint) FROM jsonb_array_elements(a.variants) v)))
                          FROM course_item_attachments l JOIN attachments a ON a.id = l.attachment_id
                          WHERE l.item_id = ir.item_id AND l.version = ir.version), 0) AS bytes
       FROM course_item_revisions ir
       JOIN course_items i ON i.id = ir.item_id AND i.kind = 'lesson'
       JOIN course_module_revisions mr ON mr.course_id = ir.course_id AND mr.version = ir.version AND mr.module_id = ir.module_id
       WHERE ir.course_id = $1 AND ir.version = $2
       ORDER BY mr.position, ir.position`,
      [courseId, version, signedUrl.pattern, signedUrl.plain, signedUrl.sized],
    );
    return rows.map((r) => ({ id: r.id, bytes: Number(r.bytes) }));
  }

  async findAttachment(attachmentId: string): Promise<{ attachment: AttachmentRecord; course: CourseRecord; versions: number[] } | null> {
    const [row] = await this.dataSource.query(
      `SELECT json_build_object('id', a.id, 'courseId', a.course_id, 'filename', a.filename, 'contentType', a.content_type, 'sizeBytes', a.size_bytes,
                'storageKey', a.storage_key, 'variants', a.variants) AS attachment,
              json_build_object('id', c.id, 'slug', c.slug, 'locale', c.locale, 'ownerId', c.owner_id, 'status', c.status, 'draftVersion', c.draft_version,
                'publishedVersion', c.published_version, 'translationOf', c.translation_of,
                'authorIds', ARRAY(SELECT user_id FROM course_authors x WHERE x.course_id = c.id)) AS course,
              ARRAY(SELECT DISTINCT version FROM course_item_attachments l WHERE l.attachment_id = a.id) AS versions
       FROM attachments a JOIN courses c ON c.id = a.course_id WHERE a.id = $1`,
      [attachmentId],
    );
    return row ?? null;
  }
}
