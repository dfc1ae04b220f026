import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { PANEL_LIMITS, type PanelName } from '../../state/panelSizes';
import { useAction } from '../../state/selectors/actions';
import { usePanels } from '../../state/selectors/walk';
import { testIds } from '../testIds';

const STEP = 16;

interface Props {
  panel: PanelName;
  /** Columns are split by a vertical bar, the editor from the graph by a horizontal one. */
  orientation: 'vertical' | 'horizontal';
  /** +1 when moving the bar right (or down) grows the panel, -1 when it shrinks it. */
  grows: 1 | -1;
  label: string;
}

/**
 * The bar between the graph and a panel (the WAI-ARIA window splitter pattern): drag it, or focus it
 * and use the arrow keys, Home and End. The size is the panel's and is remembered.
 */
export function Splitter({ panel, orientation, grows, label }: Props) {
  const size = usePanels()[panel];
  const setPanelSize = useAction('setPanelSize');
  const drag = useRef<{ start: number; size: number } | null>(null);
  const { min, max } = PANEL_LIMITS[panel];
  const along = (e: { clientX: number; clientY: number }) =>
    orientation === 'vertical' ? e.clientX : e.clientY;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { start: along(event), size };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    setPanelSize(panel, drag.current.size + grows * (along(event) - drag.current.start));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const forward = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown';
    const backward = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp';
    const next =
      event.key === forward
        ? size + grows * STEP
        : event.key === backward
          ? size - grows * STEP
          : event.key === 'Home'
            ? min
            : event.key === 'End'
              ? max
              : null;
    if (next === null) return;
    event.preventDefault();
    setPanelSize(panel, next);
  };

  return (
    <div
      className={`splitter splitter--${orientation} splitter--${panel}`}
      role="separator"
      tabIndex={0}
      aria-orientation={orientation}
      aria-label={label}
      aria-valuenow={size}
      aria-valuemin={min}
      aria-valuemax={max}
      data-testid={testIds.splitter(panel)}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
      onKeyDown={onKeyDown}
    />
  );
}
