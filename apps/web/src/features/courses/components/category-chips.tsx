import { COURSE_CATEGORIES, type CourseCategory } from '@lms/contracts';
import { useEffect, useId, useRef } from 'react';
import { useT } from '../../../lib/i18n';
import { CheckIcon } from './icons';

/**
 * The category filter: a row of toggle buttons ("All" first), which scrolls sideways on a phone
 * and wraps on wider screens. The pressed one carries a tick, not only a colour.
 */
export function CategoryChips({ selected, onSelect }: { selected?: CourseCategory; onSelect: (category?: CourseCategory) => void }) {
  const t = useT();
  const labelId = useId();
  const pressed = useRef<HTMLButtonElement>(null);

  // After a reload on a filtered URL the chosen chip may sit off screen to the right.
  useEffect(() => {
    pressed.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, []);

  const chip = (category: CourseCategory | undefined, label: string) => {
    const on = selected === category;
    return (
      <li key={category ?? 'all'}>
        <button
          type="button"
          className="toggle-chip"
          aria-pressed={on}
          ref={on ? pressed : undefined}
          // Pressing the chosen category again shows every category.
          onClick={() => onSelect(on ? undefined : category)}
        >
          {on && <CheckIcon />}
          {label}
        </button>
      </li>
    );
  };

  return (
    <div className="catalogue__filters" role="group" aria-labelledby={labelId}>
      <span className="catalogue__filters-label" id={labelId}>
        {t('courses.catalogue.categoryLabel')}
      </span>
      <ul className="catalogue__chips">
        {chip(undefined, t('courses.catalogue.allCategories'))}
        {COURSE_CATEGORIES.map((category) => chip(category, t(`courses.category.${category}`)))}
      </ul>
    </div>
  );
}
