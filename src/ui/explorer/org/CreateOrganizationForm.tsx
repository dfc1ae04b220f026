import { useState } from 'react';
import { checkOrganization, createOrganization } from '../../../model/editScenarioOrg';
import { useScenario } from '../../../state/selectors/scenario';
import { useT } from '../../i18n/useT';
import { AddForm, SelectField, TextField, useAccounts, useApplyEdit } from '../addFormParts';

/** Creates the organization: every account joins its root, FullAWSAccess attached there. */
export function CreateOrganizationForm() {
  const t = useT();
  const apply = useApplyEdit();
  const scenario = useScenario();
  const [id, setId] = useState('o-a1b2c3d4e5');
  const [chosen, setAccount] = useState('');
  const { account, options } = useAccounts(chosen);
  const input = { id: id.trim(), managementAccountId: account };
  return (
    <>
      <p className="muted small">{t('org.none')}</p>
      <AddForm
        problem={checkOrganization(scenario, input)}
        blocked={account ? undefined : t('add.noAccounts')}
        submitLabel={t('org.create')}
        onAdd={() => apply((s) => createOrganization(s, input), {})}
      >
        <TextField name="organizationId" label={t('org.id')} value={id} onChange={setId} />
        <SelectField
          name="managementAccount"
          label={t('org.management')}
          value={account}
          onChange={setAccount}
          options={options}
        />
      </AddForm>
    </>
  );
}
