import { useState } from 'react';
import {
  addUserToGroup,
  checkMembership,
  removeGroup,
  removeUserFromGroup,
} from '../../../model/editScenarioGroups';
import { accountOfArn } from '../../../model/scenario';
import { useScenario } from '../../../state/selectors/scenario';
import { useT } from '../../i18n/useT';
import { HolderPolicies } from '../../panels/NodePolicies';
import { testIds } from '../../testIds';
import { AddForm, SelectField, useApplyEdit } from '../addFormParts';
import { nameOf, useGroupMembers } from './useGroups';

/** One group in the explorer: its members, its permission policies and deleting it. */
export function GroupCard({ arn }: { arn: string }) {
  const t = useT();
  const apply = useApplyEdit();
  const scenario = useScenario();
  const { members, candidates } = useGroupMembers(arn);
  const [chosen, setChosen] = useState('');
  const user = candidates.some((u) => u.arn === chosen) ? chosen : (candidates[0]?.arn ?? '');
  return (
    <details className="explorer-card" data-testid={testIds.group(arn)} open>
      <summary title={arn}>
        <strong>{nameOf(arn)}</strong> <span className="muted small">{accountOfArn(arn)}</span>
      </summary>
      <h5>{t('groups.members')}</h5>
      {members.length === 0 && <p className="muted small">{t('groups.noMembers')}</p>}
      <ul className="plain-list">
        {members.map((u) => (
          <li key={u.arn}>
            {nameOf(u.arn)}{' '}
            <button
              type="button"
              className="link-button small"
              data-testid={testIds.groupMemberRemove(u.arn)}
              title={t('groups.remove', { name: nameOf(u.arn) })}
              onClick={() => apply((s) => removeUserFromGroup(s, u.arn, arn), {})}
            >
              {t('groups.removeMember')}
            </button>
          </li>
        ))}
      </ul>
      {candidates.length > 0 && (
        <AddForm
          problem={checkMembership(scenario, user, arn)}
          submitLabel={t('groups.addMember')}
          onAdd={() => apply((s) => addUserToGroup(s, user, arn), {})}
        >
          <SelectField
            name="member"
            label={t('groups.user')}
            value={user}
            onChange={setChosen}
            options={candidates.map((u) => ({ value: u.arn, label: nameOf(u.arn) }))}
          />
        </AddForm>
      )}
      <h5>{t('policies.title')}</h5>
      <div data-testid={testIds.groupPolicies}>
        <HolderPolicies holderArn={arn} empty={t('groups.policiesNone')} />
      </div>
      <div className="button-row">
        <button
          type="button"
          data-testid={testIds.groupDelete}
          onClick={() => apply((s) => removeGroup(s, arn), { closeGone: true })}
        >
          {t('groups.delete')}
        </button>
      </div>
    </details>
  );
}
