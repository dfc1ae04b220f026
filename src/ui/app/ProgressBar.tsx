import { useEffect, useState } from 'react';
import { useBusy } from '../../state/selectors/analysis';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { useEngine } from './ClientsContext';

const SHOW_AFTER_MS = 250;

/** Long jobs in the worker show their progress and can be cancelled; short ones never flash a bar. */
export function ProgressBar() {
  const t = useT();
  const engine = useEngine();
  const busy = useBusy();
  const running = busy !== null;
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setVisible(true), SHOW_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setVisible(false);
    };
  }, [running]);
  if (!busy || !visible) return null;
  const percent = busy.total > 0 ? Math.round((busy.done / busy.total) * 100) : 0;
  const phase = t(`progress.phase.${busy.phase}`, { file: busy.detail ?? '' });
  return (
    <div className="progress" role="status" data-testid={testIds.progress}>
      <span className="small">{phase}</span>
      <progress max={100} value={percent} aria-label={phase} />
      <span className="small">{percent}%</span>
      <button type="button" data-testid={testIds.progressCancel} onClick={() => engine.cancel()}>
        {t('progress.cancel')}
      </button>
    </div>
  );
}
