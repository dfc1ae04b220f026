import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  label: string;
  onClose: () => void;
  testId?: string;
  wide?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog: closes on Escape or a click outside, takes focus when it opens and gives it back
 * when it closes, so keyboard users never lose their place.
 */
export function Dialog({ label, onClose, testId, wide, className, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // The latest onClose, so the effect below runs once per opening and focus is not stolen on re-render.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>(
      'input, select, textarea, button, [href], [tabindex]',
    );
    first?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        close.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      previous?.focus();
    };
  }, []);
  return (
    <div className="dialog-backdrop" role="presentation" onClick={onClose}>
      <div
        ref={ref}
        className={`dialog${wide ? ' dialog--wide' : ''}${className ? ` ${className}` : ''}`}
        tabIndex={-1}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        data-testid={testId}
        onClick={(e) => e.stopPropagation()}
      >
        {children}
      </div>
    </div>
  );
}
