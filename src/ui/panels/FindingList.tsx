import type { Finding } from '../../engine';
import { useAction } from '../../state/selectors/actions';
import { useCurrentId } from '../../state/selectors/library';
import { useT } from '../i18n/useT';
import { useProgressiveList } from '../lists/useProgressiveList';
import { testIds } from '../testIds';
import { AssumptionList } from './AssumptionList';
import { findingExplanation, findingTitle } from '../../i18n/findingText';

export function FindingList({ findings }: { findings: Finding[] }) {
  const t = useT();
  const select = useAction('select');
  const openDocument = useAction('openDocument');
  const currentId = useCurrentId();
  const shown = useProgressiveList(findings, currentId);
  return (
    <ul className="finding-list">
      {shown.map((f) => (
        <li key={f.id} className={`finding finding--${f.severity}`} data-testid={testIds.finding(f.id)}>
          <button
            type="button"
            className="finding__title"
            onClick={() => {
              const subject = f.subjects[0];
              if (subject !== undefined) select({ kind: 'node', id: subject });
              if (f.documentId !== undefined) openDocument(f.documentId, f.range);
            }}
          >
            <span className={`severity severity--${f.severity}`}>{t(`severity.${f.severity}`)}</span>{' '}
            {findingTitle(f, t)}
          </button>
          <p className="small">{findingExplanation(f, t)}</p>
          <AssumptionList assumptions={f.assumptions} />
        </li>
      ))}
    </ul>
  );
}
