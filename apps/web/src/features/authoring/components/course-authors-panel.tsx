import type { CourseAuthorView, CourseDetail } from '@lms/contracts';
import { useState, type ReactNode } from 'react';
import { Button, Card, LoadError, Loading, TextField } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { MIN_AUTHOR_QUERY, useAuthorCandidates, useCourseAuthors, useReplaceAuthors } from '../api/course-authors';

function Person({ person, children }: { person: CourseAuthorView; children?: ReactNode }) {
  return (
    <li className="staff-people__row">
      <span>
        <span className="staff-people__name">{person.displayName}</span> <span className="muted">{person.email}</span>
      </span>
      {children}
    </li>
  );
}

/**
 * Who writes the course: the owner and the co-authors. The owner (or an admin) adds a colleague
 * found by part of their name or email, among active instructors only, or removes one; the
 * whole list goes as PUT /courses/:id/authors. Co-authors see the list.
 */
export function CourseAuthorsPanel({ course, onSaved }: { course: CourseDetail; onSaved: (message: string) => void }) {
  const t = useT();
  const authors = useCourseAuthors(course.id);
  const replace = useReplaceAuthors(course.id);
  const [q, setQ] = useState('');
  const query = q.trim();
  const candidates = useAuthorCandidates(course.id, course.canDecide ? query : '');
  const coAuthors = authors.data?.coAuthors ?? [];

  const save = (userIds: string[], message: string) => replace.mutate(userIds, { onSuccess: () => onSaved(message) });
  const add = (person: CourseAuthorView) => {
    save([...coAuthors.map((a) => a.id), person.id], t('staff.editor.authors.added', { name: person.displayName }));
    setQ('');
  };
  const remove = (person: CourseAuthorView) => save(coAuthors.filter((a) => a.id !== person.id).map((a) => a.id), t('staff.editor.authors.removed', { name: person.displayName }));

  return (
    <Card titleLevel={2} title={t('staff.editor.authors.title')} data-testid="course-authors">
      {authors.data ? (
        <ul className="staff-people">
          <Person person={authors.data.owner}>
            <span className="muted">{t('staff.editor.authors.owner')}</span>
          </Person>
          {coAuthors.map((person) => (
            <Person key={person.id} person={person}>
              {course.canDecide && (
                <Button variant="ghost" onClick={() => remove(person)} disabled={replace.isPending} aria-label={t('staff.editor.authors.remove', { name: person.displayName })}>
                  {t('staff.editor.authors.removeShort')}
                </Button>
              )}
            </Person>
          ))}
        </ul>
      ) : authors.isError ? (
        <LoadError error={authors.error} onRetry={() => void authors.refetch()} />
      ) : (
        <Loading paused={authors.isPaused} />
      )}
      <WriteErrorAlert error={replace.error} byStatus={{ 403: 'staff.editor.authors.notOwner' }} />
      {course.canDecide ? (
        <div className="stack">
          <TextField label={t('staff.editor.authors.find')} hint={t('staff.editor.authors.findHint')} type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
          {query.length >= MIN_AUTHOR_QUERY &&
            (candidates.data ? (
              candidates.data.items.length ? (
                <ul className="staff-people" aria-label={t('staff.editor.authors.found')}>
                  {candidates.data.items.map((person) => (
                    <Person key={person.id} person={person}>
                      <Button variant="secondary" onClick={() => add(person)} busy={replace.isPending} aria-label={t('staff.editor.authors.add', { name: person.displayName })}>
                        {t('staff.editor.authors.addShort')}
                      </Button>
                    </Person>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t('staff.editor.authors.noneFound')}</p>
              )
            ) : candidates.isError ? (
              <LoadError error={candidates.error} onRetry={() => void candidates.refetch()} />
            ) : (
              <Loading paused={candidates.isPaused} />
            ))}
        </div>
      ) : (
        <p className="muted">{t('staff.editor.authors.ownerChooses')}</p>
      )}
    </Card>
  );
}
