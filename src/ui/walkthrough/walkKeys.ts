/** What a key pressed in the walk-through panel does: next or previous hop, close, or nothing. */
export type WalkKey = 'next' | 'back' | 'close';

interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The element the key was pressed in: fields keep their keys. */
  targetTag: string;
}

const FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export function walkKey(press: KeyPress): WalkKey | null {
  if (press.ctrlKey || press.metaKey || press.altKey || FIELDS.has(press.targetTag)) return null;
  switch (press.key) {
    case 'ArrowRight':
    case 'n':
    case 'N':
      return 'next';
    case 'ArrowLeft':
    case 'p':
    case 'P':
      return 'back';
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}
