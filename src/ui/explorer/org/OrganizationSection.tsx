import { lazy, useState } from 'react';
import type { EditProblem } from '../../../model/editScenario';
import { deleteOrganization } from '../../../model/editScenarioOrg';
import { useT } from '../../i18n/useT';
import { testIds } from '../../testIds';
import { LazyPart } from '../../app/LazyPart';
import { useApplyEdit } from '../addFormParts';
import { OrgPolicyList } from './OrgPolicyList';
import { OrgTree } from './OrgTree';
import { useAccountNames } from './useOrganization';
import { useOrganization } from '../../../state/selectors/scenario';

const ACTIONS = ['unit', 'place', 'policy', 'attach'] as const;
export type OrgAction = (typeof ACTIONS)[number];

const CreateOrganizationForm = lazy(() =>
  import('./CreateOrganizationForm').then((m) => ({ default: m.CreateOrganizationForm })),
);
const OrgActionForm = lazy(() => import('./OrgForms').then((m) => ({ default: m.OrgActionForm })));

/**
 * The explorer's "Organization" section: create the organization, then see its root, units and
 * accounts with the SCPs and RCPs attached at each, and add units, move accounts, write, attach,
 * detach and delete policies. Each change is one undoable step; the graph follows.
 */
export function OrganizationSection() {
  const t = useT();
  const org = useOrganization();
  const names = useAccountNames();
  const apply = useApplyEdit();
  const [action, setAction] = useState<OrgAction>('unit');
  const [problem, setProblem] = useState<EditProblem | null>(null);
  return (
    <details className="explorer-section" data-testid={testIds.orgSection}>
      <summary className="panel-subheading">{t('org.title')}</summary>
      {!org && (
        <LazyPart region="organization">
          <CreateOrganizationForm />
        </LazyPart>
      )}
      {org && (
        <>
          <p className="small">
            {t('org.summary', {
              id: org.id,
              account: `${names.get(org.managementAccountId) ?? ''} (${org.managementAccountId})`,
            })}
          </p>
          {problem && (
            <p className="verdict verdict--broken small" role="alert" data-testid={testIds.orgProblem}>
              {t(`add.problem.${problem}`)}
            </p>
          )}
          <OrgTree onProblem={setProblem} />
          <OrgPolicyList onProblem={setProblem} />
          <label className="org-action">
            {t('org.action')}
            <select
              data-testid={testIds.orgAction}
              value={action}
              onChange={(e) => setAction(e.target.value as OrgAction)}
            >
              {ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {t(`org.action.${a}`)}
                </option>
              ))}
            </select>
          </label>
          <LazyPart region="organization">
            <OrgActionForm action={action} />
          </LazyPart>
          <div className="button-row org-danger">
            <button
              type="button"
              data-testid={testIds.orgDelete}
              onClick={() => apply(deleteOrganization, { closeGone: true })}
            >
              {t('org.delete')}
            </button>
          </div>
        </>
      )}
    </details>
  );
}
