import { lazy } from 'react';
import { useGroups } from '../../../state/selectors/scenario';
import { LazyPart } from '../../app/LazyPart';
import { useT } from '../../i18n/useT';
import { testIds } from '../../testIds';

const GroupCard = lazy(() => import('./GroupCard').then((m) => ({ default: m.GroupCard })));

/**
 * The explorer's "Groups" section: groups are not graph nodes, so each one is edited here: its
 * members, its permission policies (as in the inspector) and deleting it.
 */
export function GroupsSection() {
  const t = useT();
  const groups = useGroups();
  return (
    <details className="explorer-section" data-testid={testIds.groupsSection}>
      <summary className="panel-subheading">
        {t('groups.title')} ({groups.length})
      </summary>
      {groups.length === 0 && <p className="muted small">{t('groups.none')}</p>}
      {groups.length > 0 && (
        <LazyPart region="groups">
          {groups.map((g) => (
            <GroupCard key={g.arn} arn={g.arn} />
          ))}
        </LazyPart>
      )}
    </details>
  );
}
