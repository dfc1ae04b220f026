import { useAction } from '../../state/selectors/actions';
import { useNotice } from '../../state/selectors/library';
import { testIds } from '../testIds';

/** One message at a time: a link that would not open, a deleted scenario with its undo. */
export function NoticeBar() {
  const notice = useNotice();
  const setNotice = useAction('setNotice');
  if (!notice) return null;
  return (
    <div
      className={`notice notice--${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid={testIds.notice}
    >
      <span>{notice.message}</span>
      {notice.action && (
        <button type="button" data-testid={testIds.noticeAction} onClick={notice.action.run}>
          {notice.action.label}
        </button>
      )}
      <button type="button" aria-label="Dismiss" onClick={() => setNotice(null)}>
        ×
      </button>
    </div>
  );
}
