/** "Add" forms for an IAM group and an identity provider (OIDC or SAML). */
import { useState } from 'react';
import { addGroup, checkGroup } from '../../model/editScenarioGroups';
import {
  addProvider,
  checkProvider,
  parseClientIds,
  providerArnOf,
  type ProviderInput,
} from '../../model/editScenarioProviders';
import { useScenario } from '../../state/selectors/scenario';
import { useT } from '../i18n/useT';
import { AccountField, AddForm, SelectField, TextField, useAccounts, useApplyEdit } from './addFormParts';
import { AccountNameForm } from './AddSimpleForms';

/** An empty group; its policies and members are edited in the explorer's Groups section. */
export function AddGroupForm() {
  const t = useT();
  return (
    <AccountNameForm check={checkGroup} add={addGroup} placeholder="Developers" hint={t('add.groupHint')} />
  );
}

const CLUSTER_ISSUERS = 'add-provider-issuers';

/** An IAM OIDC provider (issuer and client ids; a cluster's issuer is offered) or a SAML provider. */
export function AddProviderForm() {
  const t = useT();
  const apply = useApplyEdit();
  const scenario = useScenario();
  const [chosen, setAccount] = useState('');
  const { account, options } = useAccounts(chosen);
  const [kind, setKind] = useState<ProviderInput['kind']>('oidc');
  const [issuer, setIssuer] = useState('');
  const [clientIds, setClientIds] = useState('sts.amazonaws.com');
  const [name, setName] = useState('');
  const input: ProviderInput =
    kind === 'oidc'
      ? { kind, account, issuer, clientIds: parseClientIds(clientIds) }
      : { kind, account, name: name.trim() };
  const issuers = (scenario.eksClusters ?? []).flatMap((c) => (c.oidcIssuer ? [c.oidcIssuer] : []));
  return (
    <AddForm
      problem={checkProvider(scenario, input)}
      blocked={account ? undefined : t('add.noAccounts')}
      onAdd={() => {
        apply((s) => addProvider(s, input), { select: providerArnOf(input) });
        setIssuer('');
        setName('');
      }}
    >
      <AccountField value={account} onChange={setAccount} options={options} />
      <SelectField
        name="providerType"
        label={t('add.providerType')}
        value={kind}
        onChange={(v) => setKind(v as ProviderInput['kind'])}
        options={(['oidc', 'saml'] as const).map((k) => ({ value: k, label: t(`add.provider.${k}`) }))}
      />
      {kind === 'oidc' ? (
        <>
          <TextField
            name="issuer"
            label={t('add.issuer')}
            value={issuer}
            onChange={setIssuer}
            placeholder="token.actions.githubusercontent.com"
            list={CLUSTER_ISSUERS}
          />
          <datalist id={CLUSTER_ISSUERS}>
            {issuers.map((i) => (
              <option key={i} value={i} />
            ))}
          </datalist>
          <TextField name="clientIds" label={t('add.clientIds')} value={clientIds} onChange={setClientIds} />
        </>
      ) : (
        <TextField
          name="samlName"
          label={t('add.samlName')}
          value={name}
          onChange={setName}
          placeholder="Okta"
        />
      )}
      <p className="muted small">{t('add.providerHint')}</p>
    </AddForm>
  );
}
