import { useRef, useState, type DragEvent } from 'react';

/** The data type a drag carries: rows of other lists (another module's items) ignore it. */
const DRAG_TYPE = 'application/x-lane-outline';

/**
 * Drag and drop within one ordered list, with the browser's own (HTML5) drag events. A row
 * dropped on another takes that row's place: `onMove(id, position)` gets the 1-based position,
 * as PATCH …/:id {position} takes it. The keyboard path is the list's move buttons; this only
 * adds the mouse's.
 */
export function useDragReorder(list: string, ids: readonly string[], onMove: (id: string, position: number) => void, disabled = false) {
  const dragged = useRef<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const ours = (event: DragEvent) => dragged.current !== null && event.dataTransfer.types.includes(DRAG_TYPE);

  const end = () => {
    dragged.current = null;
    setOver(null);
  };

  return {
    /** The props of the row `id`'s grip, which is what the mouse picks up (text inside the row stays selectable). */
    handleProps(id: string) {
      return {
        draggable: !disabled,
        onDragStart(event: DragEvent) {
          // A drag that starts in a row's inner list (a module's items) is that list's.
          event.stopPropagation();
          dragged.current = id;
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData(DRAG_TYPE, `${list}:${id}`);
        },
        onDragEnd: end,
      };
    },
    /** The props of the row `id` as a place to drop; `data-drop-target` is set while a row is held over it. */
    targetProps(id: string) {
      return {
        'data-drop-target': over === id || undefined,
        onDragOver(event: DragEvent) {
          if (!ours(event)) return;
          event.preventDefault();
          event.stopPropagation();
          event.dataTransfer.dropEffect = 'move';
          setOver(id);
        },
        onDragLeave() {
          setOver((current) => (current === id ? null : current));
        },
        onDrop(event: DragEvent) {
          if (!ours(event)) return;
          event.preventDefault();
          event.stopPropagation();
          const from = dragged.current!;
          end();
          const position = ids.indexOf(id) + 1;
          if (from !== id && position > 0 && ids.indexOf(from) + 1 !== position) onMove(from, position);
        },
      };
    },
  };
}
