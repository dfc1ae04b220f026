import type { Assumption } from '../../engine';
import { assumptionText } from '../../i18n/assumptionText';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';

/** What an edge or finding takes as true that the input does not say, each under its own badge. */
export function AssumptionList({ assumptions }: { assumptions: readonly Assumption[] }) {
  const t = useT();
  if (assumptions.length === 0) return null;
  return (
    <ul className="assumptions" data-testid={testIds.assumptions}>
      {assumptions.map((a) => (
        <li key={`${a.code}|${a.text}`} data-testid={testIds.assumption(a.code)}>
          <span className="badge badge--assumption">{t('assumption.badge')}</span> {assumptionText(a, t)}
        </li>
      ))}
    </ul>
  );
}
