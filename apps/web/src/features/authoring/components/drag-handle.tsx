import type { DragEventHandler } from 'react';
import { GripIcon } from './icons';

/**
 * What the mouse picks up to drag a row of the outline. Hidden from screen readers and out of
 * the tab order: the row's move buttons are the keyboard's way, and they say where it went.
 */
export function DragHandle(props: { draggable: boolean; onDragStart: DragEventHandler; onDragEnd: DragEventHandler }) {
  return (
    <span className="staff-drag" aria-hidden="true" data-testid="drag-handle" {...props}>
      <GripIcon />
    </span>
  );
}
