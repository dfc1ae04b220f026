import { useMemo, useState } from 'react';
import { addUserToGroup, checkMembership, removeUserFromGroup } from '../../../model/editScenarioGroups';
import { accountOfArn } from '../../../model/scenario';
import { useGroups, useGroupsOfUser, useScenario } from '../../../state/selectors/scenario';
import { useT } from '../../i18n/useT';
import { testIds } from '../../testIds';
import { AddForm, SelectField, useApplyEdit } from '../addFormParts';
import { nameOf } from './useGroups';

/** The inspector's "Groups" of a user: the groups it is in (to leave) and those of its account to join. */
export function UserGroups({ userArn }: { userArn: string }) {
  const t = useT();
  const apply = useApplyEdit();
  const scenario = useScenario();
  const inGroups = useGroupsOfUser(userArn);
  const groups = useGroups();
  const joinable = useMemo(
    () => groups.filter((g) => accountOfArn(g.arn) === accountOfArn(userArn) && !inGroups?.includes(g.arn)),
    [groups, inGroups, userArn],
  );
  const [chosen, setChosen] = useState('');
  const group = joinable.some((g) => g.arn === chosen) ? chosen : (joinable[0]?.arn ?? '');
  return (
    <section data-testid={testIds.userGroups}>
      <h4>{t('groups.title')}</h4>
      {!inGroups?.length && <p className="muted small">{t('groups.userNone')}</p>}
      <ul className="plain-list">
        {(inGroups ?? []).map((arn) => (
          <li key={arn} title={arn}>
            {nameOf(arn)}{' '}
            <button
              type="button"
              className="link-button small"
              onClick={() => apply((s) => removeUserFromGroup(s, userArn, arn), {})}
            >
              {t('groups.leave')}
            </button>
          </li>
        ))}
      </ul>
      {joinable.length > 0 && (
        <AddForm
          problem={checkMembership(scenario, userArn, group)}
          submitLabel={t('groups.join')}
          onAdd={() => apply((s) => addUserToGroup(s, userArn, group), {})}
        >
          <SelectField
            name="group"
            label={t('groups.title')}
            value={group}
            onChange={setChosen}
            options={joinable.map((g) => ({ value: g.arn, label: nameOf(g.arn) }))}
          />
        </AddForm>
      )}
    </section>
  );
}
