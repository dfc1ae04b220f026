import type { EditProblem } from '../../../model/editScenario';
import {
  checkDeleteOrgPolicy,
  deleteOrgPolicy,
  isAwsDefaultPolicy,
} from '../../../model/editScenarioOrgPolicies';
import { useAppStoreApi } from '../../../state/StoreProvider';
import { useAction } from '../../../state/selectors/actions';
import { useT } from '../../i18n/useT';
import { testIds } from '../../testIds';
import { useApplyEdit } from '../addFormParts';
import { useAttachmentCounts } from './useOrganization';
import { useOrganization } from '../../../state/selectors/scenario';

/** Every SCP and RCP of the organization: open it, see where it is attached, delete it. */
export function OrgPolicyList({ onProblem }: { onProblem: (problem: EditProblem | null) => void }) {
  const t = useT();
  const store = useAppStoreApi();
  const apply = useApplyEdit();
  const org = useOrganization();
  const counts = useAttachmentCounts();
  const openDocument = useAction('openDocument');
  if (!org) return null;
  const remove = (id: string) => {
    const problem = checkDeleteOrgPolicy(store.getState().scenario, id);
    onProblem(problem);
    if (!problem) apply((s) => deleteOrgPolicy(s, id), { closeGone: true });
  };
  return (
    <>
      <h5>{t('org.policies')}</h5>
      <ul className="plain-list">
        {org.policies.map((p) => (
          <li key={p.id} data-testid={testIds.orgPolicy(p.id)}>
            <button
              type="button"
              className="link-button"
              title={p.id}
              onClick={() => openDocument(`org#${p.id}`)}
            >
              {p.name}
            </button>{' '}
            <span className="muted small">
              {p.type === 'SERVICE_CONTROL_POLICY' ? 'SCP' : 'RCP'} ·{' '}
              {t('org.attachedAt', { count: counts.get(p.id) ?? 0 })}
            </span>{' '}
            {!isAwsDefaultPolicy(p.id) && (
              <button
                type="button"
                className="link-button small"
                data-testid={testIds.orgPolicyDelete(p.id)}
                title={t('org.deletePolicyTitle', { name: p.name })}
                onClick={() => remove(p.id)}
              >
                {t('org.deletePolicy')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
