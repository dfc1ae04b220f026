import type { EditProblem } from '../../../model/editScenario';
import { checkRemoveUnit, removeUnit } from '../../../model/editScenarioOrg';
import { checkDetachOrgPolicy, detachOrgPolicy } from '../../../model/editScenarioOrgPolicies';
import type { OrgUnitSpec } from '../../../model/scenario';
import { useAppStoreApi } from '../../../state/StoreProvider';
import { useAction } from '../../../state/selectors/actions';
import { useAccountPolicies, useOrgPolicies, useOrganization } from '../../../state/selectors/scenario';
import { useT } from '../../i18n/useT';
import { testIds } from '../../testIds';
import { useApplyEdit } from '../addFormParts';
import { useAccountNames } from './useOrganization';

type OnProblem = (problem: EditProblem | null) => void;

/** The organization's root, units and accounts, each with the SCPs and RCPs attached right there. */
export function OrgTree({ onProblem }: { onProblem: OnProblem }) {
  const org = useOrganization();
  if (!org) return null;
  return (
    <ul className="org-tree">
      <OrgLevel unit={org.root} isRoot onProblem={onProblem} />
    </ul>
  );
}

function OrgLevel({
  unit,
  isRoot,
  onProblem,
}: {
  unit: OrgUnitSpec;
  isRoot?: boolean;
  onProblem: OnProblem;
}) {
  const t = useT();
  const store = useAppStoreApi();
  const apply = useApplyEdit();
  const names = useAccountNames();
  const accountPolicies = useAccountPolicies();
  const deleteUnit = () => {
    const problem = checkRemoveUnit(store.getState().scenario, unit.id);
    onProblem(problem);
    if (!problem) apply((s) => removeUnit(s, unit.id), {});
  };
  return (
    <li className="org-level" data-testid={testIds.orgLevel(unit.id)}>
      <div className="org-level__head">
        <strong>{unit.name}</strong> <span className="muted small">{unit.id}</span>{' '}
        {!isRoot && (
          <button
            type="button"
            className="link-button small"
            data-testid={testIds.orgUnitDelete(unit.id)}
            onClick={deleteUnit}
          >
            {t('org.deleteUnit')}
          </button>
        )}
      </div>
      <Attached targetId={unit.id} scps={unit.scps} rcps={unit.rcps} showDefault onProblem={onProblem} />
      <ul className="org-tree">
        {(unit.accounts ?? []).map((account) => (
          <li key={account} className="org-account" data-testid={testIds.orgLevel(account)}>
            <span title={account}>
              {names.get(account) ?? account} <span className="muted small">{account}</span>
            </span>
            <Attached
              targetId={account}
              scps={accountPolicies?.[account]?.scps}
              rcps={accountPolicies?.[account]?.rcps}
              onProblem={onProblem}
            />
          </li>
        ))}
        {(unit.children ?? []).map((child) => (
          <OrgLevel key={child.id} unit={child} onProblem={onProblem} />
        ))}
      </ul>
    </li>
  );
}

/** The policies attached at one place: each opens in the editor, and × detaches it from here. */
function Attached(props: {
  targetId: string;
  scps: string[] | undefined;
  rcps: string[] | undefined;
  showDefault?: boolean;
  onProblem: OnProblem;
}) {
  const t = useT();
  const store = useAppStoreApi();
  const apply = useApplyEdit();
  const policies = useOrgPolicies();
  const openDocument = useAction('openDocument');
  const { targetId, onProblem } = props;
  const ids = [...(props.scps ?? []), ...(props.rcps ?? [])];
  const detach = (id: string) => {
    const problem = checkDetachOrgPolicy(store.getState().scenario, id, targetId);
    onProblem(problem);
    if (!problem) apply((s) => detachOrgPolicy(s, id, targetId), {});
  };
  if (ids.length === 0 && !props.showDefault) return null;
  return (
    <div className="org-chips">
      {(props.scps ?? []).length === 0 && props.showDefault && (
        <span className="org-chip muted">{t('org.defaultScp')}</span>
      )}
      {ids.map((id) => {
        const policy = policies?.find((p) => p.id === id);
        const name = policy?.name ?? id;
        return (
          <span
            key={id}
            className={`org-chip org-chip--${policy?.type === 'RESOURCE_CONTROL_POLICY' ? 'rcp' : 'scp'}`}
            data-testid={testIds.orgAttached(id, targetId)}
          >
            <button
              type="button"
              className="link-button"
              title={id}
              onClick={() => openDocument(`org#${id}`)}
            >
              {name}
            </button>
            <span className="muted small">{policy?.type === 'RESOURCE_CONTROL_POLICY' ? 'RCP' : 'SCP'}</span>
            <button
              type="button"
              className="org-chip__detach"
              data-testid={testIds.orgDetach(id, targetId)}
              aria-label={t('org.detach', { name })}
              title={t('org.detach', { name })}
              onClick={() => detach(id)}
            >
              ×
            </button>
          </span>
        );
      })}
    </div>
  );
}
