import type { CourseDetail, CourseOutlineItem, CourseOutlineModule, QuestionBankView } from '@lms/contracts';
import { Button, Card } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { canMove, type OutlineEdit } from '../api/outline-edits';
import { AddQuizForm } from './add-quiz-form';
import { DownIcon, UpIcon } from './icons';
import { TitleForm } from './title-form';

const byPosition = <T extends { position: number }>(list: readonly T[]) => [...list].sort((a, b) => a.position - b.position);

/** "Move up" and "Move down", each naming what it moves; a button at an end is disabled. */
function MoveButtons({ title, index, count, onMove, busy }: { title: string; index: number; count: number; onMove: (position: number) => void; busy: boolean }) {
  const t = useT();
  return (
    <span className="staff-move">
      <Button variant="ghost" disabled={busy || index === 0} onClick={() => onMove(index)} aria-label={t('staff.editor.moveUp', { title })}>
        <UpIcon />
      </Button>
      <Button variant="ghost" disabled={busy || index === count - 1} onClick={() => onMove(index + 2)} aria-label={t('staff.editor.moveDown', { title })}>
        <DownIcon />
      </Button>
    </span>
  );
}

function ItemRow({ item, index, count, lang, edit, busy }: { item: CourseOutlineItem; index: number; count: number; lang: string; edit: (e: OutlineEdit) => Promise<unknown>; busy: boolean }) {
  const t = useT();
  return (
    <li className="staff-outline__item">
      <span className="staff-outline__kind">{t(`courses.kind.${item.kind}`)}</span>
      <span className="staff-outline__title" lang={lang}>
        {item.title}
      </span>
      {canMove(item.kind) && <MoveButtons title={item.title} index={index} count={count} busy={busy} onMove={(position) => void edit({ kind: 'move-item', itemKind: item.kind, itemId: item.id, position }).catch(() => undefined)} />}
    </li>
  );
}

function ModuleCard({ module, index, count, lang, banks, edit, busy }: { module: CourseOutlineModule; index: number; count: number; lang: string; banks: QuestionBankView[]; edit: (e: OutlineEdit) => Promise<unknown>; busy: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const items = byPosition(module.items);
  return (
    <Card
      className="staff-outline__module"
      titleLevel={3}
      title={
        <span className="staff-outline__module-head">
          <span>
            <span className="staff-outline__kind">{t('staff.editor.module', { number: formatNumber(index + 1, locale) })}</span>{' '}
            <span lang={lang}>{module.title}</span>
          </span>
          <MoveButtons title={module.title} index={index} count={count} busy={busy} onMove={(position) => void edit({ kind: 'move-module', moduleId: module.id, position }).catch(() => undefined)} />
        </span>
      }
    >
      {items.length ? (
        <ol className="staff-outline__items">
          {items.map((item, i) => (
            <ItemRow key={item.id} item={item} index={i} count={items.length} lang={lang} edit={edit} busy={busy} />
          ))}
        </ol>
      ) : (
        <p className="muted">{t('staff.editor.noItems')}</p>
      )}
      <details className="staff-outline__add">
        <summary>{t('staff.editor.addLesson')}</summary>
        <TitleForm
          titleLabel={t('staff.editor.lessonTitle')}
          textLabel={t('staff.editor.lessonText')}
          submitLabel={t('staff.editor.addLesson')}
          lang={lang}
          busy={busy}
          onAdd={(title, markdown) => edit({ kind: 'add-lesson', moduleId: module.id, title, markdown })}
        />
      </details>
      <details className="staff-outline__add">
        <summary>{t('staff.quiz.add')}</summary>
        <AddQuizForm banks={banks} lang={lang} busy={busy} onAdd={(quiz) => edit({ kind: 'add-quiz', moduleId: module.id, ...quiz })} />
      </details>
    </Card>
  );
}

/** The draft's modules and their items, in order, with "add" and "move" for each. */
export function OutlineEditor({ course, banks, edit, busy }: { course: CourseDetail; banks: QuestionBankView[]; edit: (e: OutlineEdit) => Promise<unknown>; busy: boolean }) {
  const t = useT();
  const modules = byPosition(course.modules);
  return (
    <section className="stack" aria-labelledby="outline-title">
      <h2 id="outline-title">{t('staff.editor.outline')}</h2>
      {modules.length === 0 && <p className="muted">{t('staff.editor.noModules')}</p>}
      {modules.map((module, i) => (
        <ModuleCard key={module.id} module={module} index={i} count={modules.length} lang={course.locale} banks={banks} edit={edit} busy={busy} />
      ))}
      <Card titleLevel={3} title={t('staff.editor.addModule')}>
        <TitleForm titleLabel={t('staff.editor.moduleTitle')} submitLabel={t('staff.editor.addModule')} lang={course.locale} busy={busy} onAdd={(title) => edit({ kind: 'add-module', title })} />
      </Card>
    </section>
  );
}
