import { useMemo, useState } from 'react';
import { awsManagedPolicyArns } from '../../engine/pageIndex';
import {
  addInlinePolicy,
  attachManagedPolicy,
  checkAttach,
  checkInlinePolicy,
  checkManagedPolicy,
  createManagedPolicy,
  customerPolicyArn,
  permissionPolicyTemplate,
  setPermissionsBoundary,
} from '../../model/editScenarioPolicies';
import type { EditProblem } from '../../model/editScenario';
import type { GroupSpec, RoleSpec, Scenario, UserSpec } from '../../model/scenario';
import { useScenario } from '../../state/selectors/scenario';
import { AddForm } from '../explorer/addFormParts';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';

type Mode = 'inline' | 'newManaged' | 'attach' | 'boundary';
/** Groups have no permissions boundary (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html). */
const MODES: Mode[] = ['inline', 'newManaged', 'attach', 'boundary'];
const GROUP_MODES: Mode[] = ['inline', 'newManaged', 'attach'];

/** Write an inline or managed policy, attach a managed one or set a boundary: one undoable step. */
export function AddPolicyForm({
  holder,
  onApply,
}: {
  holder: UserSpec | RoleSpec | GroupSpec;
  onApply: (edit: (s: Scenario) => Scenario, open?: string) => void;
}) {
  const t = useT();
  const scenario = useScenario();
  const [mode, setMode] = useState<Mode>('inline');
  const [name, setName] = useState('');
  const account = holder.arn.split(':')[4] ?? '';
  const choices = useMemo(
    () => [...(scenario.managedPolicies ?? []).map((p) => p.arn), ...awsManagedPolicyArns],
    [scenario.managedPolicies],
  );
  const [picked, setPicked] = useState('');
  const policyArn = picked || choices[0] || '';

  const problem: EditProblem | null =
    mode === 'inline'
      ? checkInlinePolicy(scenario, holder.arn, name)
      : mode === 'newManaged'
        ? checkManagedPolicy(scenario, account, name)
        : mode === 'attach'
          ? checkAttach(scenario, holder.arn, policyArn)
          : policyArn
            ? null
            : 'policyArn';
  const add = () => {
    const document = permissionPolicyTemplate(account);
    if (mode === 'inline')
      onApply((s) => addInlinePolicy(s, holder.arn, { name, document }), `${holder.arn}#inline/${name}`);
    else if (mode === 'newManaged')
      onApply((s) => createManagedPolicy(s, holder.arn, name, document), customerPolicyArn(account, name));
    else if (mode === 'attach') onApply((s) => attachManagedPolicy(s, holder.arn, policyArn));
    else onApply((s) => setPermissionsBoundary(s, holder.arn, policyArn));
    setName('');
  };

  return (
    <details className="node-policies__add">
      <summary>{t('policies.add')}</summary>
      <AddForm problem={problem} onAdd={add}>
        <label>
          {t('policies.mode')}
          <select
            value={mode}
            data-testid={testIds.policyMode}
            onChange={(e) => setMode(e.target.value as Mode)}
          >
            {(holder.arn.includes(':group/') ? GROUP_MODES : MODES).map((m) => (
              <option key={m} value={m}>
                {t(`policies.mode.${m}`)}
              </option>
            ))}
          </select>
        </label>
        {mode === 'inline' || mode === 'newManaged' ? (
          <label>
            {t('policies.name')}
            <input
              value={name}
              data-testid={testIds.policyName}
              onChange={(e) => setName(e.target.value)}
              spellCheck={false}
            />
          </label>
        ) : (
          <label>
            {t('policies.pick')}
            <select
              value={policyArn}
              data-testid={testIds.policyPick}
              onChange={(e) => setPicked(e.target.value)}
            >
              {choices.map((arn) => (
                <option key={arn} value={arn}>
                  {arn.slice(arn.lastIndexOf('/') + 1)}
                  {arn.includes(':aws:policy/') ? ` — ${t('policies.awsManaged')}` : ''}
                </option>
              ))}
            </select>
          </label>
        )}
      </AddForm>
    </details>
  );
}
