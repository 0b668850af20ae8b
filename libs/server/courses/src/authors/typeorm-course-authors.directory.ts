import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CourseAuthorView } from '@lms/contracts';
import { CourseAuthorsDirectory } from './course-authors.directory';

const COLUMNS = `u.id, u.display_name AS "displayName", u.email`;

/** `q` as a LIKE pattern that matches it literally anywhere: % and _ typed by a person are not wildcards. */
const containing = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

@Injectable()
export class TypeOrmCourseAuthorsDirectory extends CourseAuthorsDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  people(userIds: string[]): Promise<CourseAuthorView[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM unnest($1::uuid[]) WITH ORDINALITY AS asked(id, n) JOIN users u ON u.id = asked.id ORDER BY asked.n`,
      [userIds],
    );
  }

  findInstructors(q: string, except: string[], limit: number): Promise<CourseAuthorView[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM users u
       WHERE 'instructor' = ANY (u.roles) AND u.status = 'active' AND u.id <> ALL ($2::uuid[])
         AND (u.display_name ILIKE $1 OR u.email ILIKE $1)
       ORDER BY u.display_name, u.email LIMIT $3`,
      [containing(q), except, limit],
    );
  }
}
