/** The short "Add" forms: an account, an IAM user, an EKS cluster. */
import { useState } from 'react';
import {
  addAccount,
  addCluster,
  addUser,
  checkAccount,
  checkCluster,
  checkUser,
  clusterArnOf,
  userArnOf,
  type EditProblem,
} from '../../model/editScenario';
import type { Scenario } from '../../model/scenario';
import { useScenario } from '../../state/selectors/scenario';
import { useT } from '../i18n/useT';
import { AddForm, DEFAULT_REGION, TextField, useAccounts, useApplyEdit, AccountField } from './addFormParts';

export function AddAccountForm() {
  const t = useT();
  const apply = useApplyEdit();
  const scenario = useScenario();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const input = { id: id.trim(), name };
  return (
    <AddForm
      problem={checkAccount(scenario, input)}
      onAdd={() => {
        apply((s) => addAccount(s, input), { select: input.id });
        setId('');
        setName('');
      }}
    >
      <TextField
        name="accountId"
        label={t('add.accountId')}
        value={id}
        onChange={setId}
        placeholder="123456789012"
      />
      <TextField name="name" label={t('add.name')} value={name} onChange={setName} placeholder="Production" />
    </AddForm>
  );
}

type AccountAndName = { account: string; name: string };

/**
 * The form of what an account and a name make (a user, a group): `check` names what is wrong,
 * `add` makes it, `select` is the node to select after, when it is one.
 */
export function AccountNameForm(props: {
  check: (s: Scenario, input: AccountAndName) => EditProblem | null;
  add: (s: Scenario, input: AccountAndName) => Scenario;
  select?: (input: AccountAndName) => string;
  placeholder: string;
  hint?: string;
}) {
  const t = useT();
  const apply = useApplyEdit();
  const scenario = useScenario();
  const [chosen, setAccount] = useState('');
  const { account, options } = useAccounts(chosen);
  const [name, setName] = useState('');
  const input = { account, name };
  return (
    <AddForm
      problem={props.check(scenario, input)}
      blocked={account ? undefined : t('add.noAccounts')}
      onAdd={() => {
        apply((s) => props.add(s, input), props.select ? { select: props.select(input) } : {});
        setName('');
      }}
    >
      <AccountField value={account} onChange={setAccount} options={options} />
      <TextField
        name="name"
        label={t('add.name')}
        value={name}
        onChange={setName}
        placeholder={props.placeholder}
      />
      {props.hint && <p className="muted small">{props.hint}</p>}
    </AddForm>
  );
}

export function AddUserForm() {
  return <AccountNameForm check={checkUser} add={addUser} select={userArnOf} placeholder="alice" />;
}

/** A cluster with a generated OIDC issuer, ready for IRSA roles. */
export function AddClusterForm() {
  const t = useT();
  const apply = useApplyEdit();
  const scenario = useScenario();
  const [chosen, setAccount] = useState('');
  const { account, options } = useAccounts(chosen);
  const [region, setRegion] = useState(DEFAULT_REGION);
  const [name, setName] = useState('');
  const input = { account, region: region.trim(), name };
  return (
    <AddForm
      problem={checkCluster(scenario, input)}
      blocked={account ? undefined : t('add.noAccounts')}
      onAdd={() => {
        apply((s) => addCluster(s, input), { select: clusterArnOf(input) });
        setName('');
      }}
    >
      <AccountField value={account} onChange={setAccount} options={options} />
      <TextField name="region" label={t('add.region')} value={region} onChange={setRegion} />
      <TextField name="name" label={t('add.name')} value={name} onChange={setName} placeholder="main" />
    </AddForm>
  );
}
