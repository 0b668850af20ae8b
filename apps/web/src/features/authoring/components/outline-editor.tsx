import type { CourseDetail, CourseOutlineItem, CourseOutlineModule, QuestionBankView } from '@lms/contracts';
import { useState } from 'react';
import { Button, Card } from '../../../components/ui';
import { useLocale, useT, type Locale, type TFunction } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { Link } from '../../../lib/router';
import { canMove, type OutlineEdit } from '../api/outline-edits';
import { useDragReorder } from '../hooks/use-drag-reorder';
import { AddQuizForm } from './add-quiz-form';
import { AddScormForm } from './add-scorm-form';
import { DragHandle } from './drag-handle';
import { DownIcon, UpIcon } from './icons';
import { ModuleRenameForm } from './module-rename-form';
import { QuizSettingsToggle } from './quiz-settings-form';
import { TitleForm } from './title-form';

/** A change to the outline, and what to announce once it is saved (else "Saved."). */
type Edit = (e: OutlineEdit, message?: string) => Promise<unknown>;
type Drag = ReturnType<typeof useDragReorder>;

/** What a screen reader hears once a move is saved, by the buttons or by dragging. */
const movedTo = (t: TFunction, locale: Locale, title: string, position: number, count: number) =>
  t('staff.editor.moved', { title, position: formatNumber(position, locale), count: formatNumber(count, locale) });

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

function ItemRow({ item, index, count, lang, edit, busy, drag }: { item: CourseOutlineItem; index: number; count: number; lang: string; edit: Edit; busy: boolean; drag: Drag }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <li className="staff-outline__item" {...drag.targetProps(item.id)}>
      {canMove(item.kind) && <DragHandle {...drag.handleProps(item.id)} />}
      {/* Authors see the format they imported; learners see "Interactive activity". */}
      <span className="staff-outline__kind">{item.kind === 'scorm' ? t('staff.editor.scorm.kind') : t(`courses.kind.${item.kind}`)}</span>
      {item.kind === 'lesson' ? (
        // The lesson editor, on the same screen (the course editor's route reads ?lesson=).
        <Link to={`?lesson=${encodeURIComponent(item.id)}`} className="staff-outline__title" lang={lang}>
          {item.title}
        </Link>
      ) : (
        <span className="staff-outline__title" lang={lang}>
          {item.title}
        </span>
      )}
      {canMove(item.kind) && <MoveButtons title={item.title} index={index} count={count} busy={busy} onMove={(position) => void edit({ kind: 'move-item', itemKind: item.kind, itemId: item.id, position }, movedTo(t, locale, item.title, position, count)).catch(() => undefined)} />}
      {item.kind === 'quiz' && <QuizSettingsToggle quizId={item.id} title={item.title} lang={lang} />}
    </li>
  );
}

function ModuleCard({ courseId, module, index, count, lang, banks, edit, busy, drag }: { courseId: string; module: CourseOutlineModule; index: number; count: number; lang: string; banks: QuestionBankView[]; edit: Edit; busy: boolean; drag: Drag }) {
  const t = useT();
  const { locale } = useLocale();
  const [renaming, setRenaming] = useState(false);
  const items = byPosition(module.items);
  const itemDrag = useDragReorder(
    `items:${module.id}`,
    items.map((i) => i.id),
    (id, position) => {
      const item = items.find((i) => i.id === id)!;
      if (canMove(item.kind)) void edit({ kind: 'move-item', itemKind: item.kind, itemId: id, position }, movedTo(t, locale, item.title, position, items.length)).catch(() => undefined);
    },
    busy,
  );
  return (
    <Card
      className="staff-outline__module"
      titleLevel={3}
      data-testid="outline-module"
      {...drag.targetProps(module.id)}
      title={
        <span className="staff-outline__module-head">
          <span>
            <DragHandle {...drag.handleProps(module.id)} />
            <span className="staff-outline__kind">{t('staff.editor.module', { number: formatNumber(index + 1, locale) })}</span>{' '}
            <span lang={lang}>{module.title}</span>{' '}
            {!renaming && (
              <Button variant="ghost" onClick={() => setRenaming(true)} disabled={busy} aria-label={t('staff.editor.module.rename', { title: module.title })}>
                {t('staff.editor.module.renameShort')}
              </Button>
            )}
          </span>
          <MoveButtons title={module.title} index={index} count={count} busy={busy} onMove={(position) => void edit({ kind: 'move-module', moduleId: module.id, position }, movedTo(t, locale, module.title, position, count)).catch(() => undefined)} />
        </span>
      }
    >
      {renaming && <ModuleRenameForm module={module} lang={lang} busy={busy} edit={edit} onClose={() => setRenaming(false)} />}
      {items.length ? (
        <ol className="staff-outline__items">
          {items.map((item, i) => (
            <ItemRow key={item.id} item={item} index={i} count={items.length} lang={lang} edit={edit} busy={busy} drag={itemDrag} />
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
      <details className="staff-outline__add">
        <summary>{t('staff.editor.scorm.add')}</summary>
        <AddScormForm courseId={courseId} moduleId={module.id} />
      </details>
    </Card>
  );
}

/** The draft's modules and their items, in order, with "add" and "move" for each. */
export function OutlineEditor({ course, banks, edit, busy }: { course: CourseDetail; banks: QuestionBankView[]; edit: Edit; busy: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const modules = byPosition(course.modules);
  const drag = useDragReorder(
    'modules',
    modules.map((m) => m.id),
    (id, position) => void edit({ kind: 'move-module', moduleId: id, position }, movedTo(t, locale, modules.find((m) => m.id === id)!.title, position, modules.length)).catch(() => undefined),
    busy,
  );
  return (
    <section className="stack" aria-labelledby="outline-title">
      <h2 id="outline-title">{t('staff.editor.outline')}</h2>
      {modules.length === 0 ? <p className="muted">{t('staff.editor.noModules')}</p> : <p className="muted">{t('staff.editor.reorderHint')}</p>}
      {modules.map((module, i) => (
        <ModuleCard key={module.id} courseId={course.id} module={module} index={i} count={modules.length} lang={course.locale} banks={banks} edit={edit} busy={busy} drag={drag} />
      ))}
      <Card titleLevel={3} title={t('staff.editor.addModule')}>
        <TitleForm titleLabel={t('staff.editor.moduleTitle')} submitLabel={t('staff.editor.addModule')} lang={course.locale} busy={busy} onAdd={(title) => edit({ kind: 'add-module', title })} />
      </Card>
    </section>
  );
}
