import { useState } from 'react';
import {
  addResource,
  checkResource,
  resourceArnOf,
  type ResourceInput,
  type ResourceKind,
  type ResourcePolicyTemplate,
} from '../../model/editScenario';
import { useScenario } from '../../state/selectors/scenario';
import { useT } from '../i18n/useT';
import {
  AddForm,
  DEFAULT_REGION,
  SelectField,
  TextField,
  useAccounts,
  useApplyEdit,
  AccountField,
} from './addFormParts';

const TYPES: ResourceKind[] = ['s3', 'kms', 'sqs', 'secretsmanager'];
const POLICIES: ResourcePolicyTemplate[] = ['none', 'ownAccount', 'principal'];
const PLACEHOLDERS: Record<ResourceKind, string> = {
  s3: 'my-bucket',
  kms: '1234abcd-12ab-34cd-56ef-1234567890ab',
  sqs: 'jobs',
  secretsmanager: 'db/password',
};

/** A resource with an optional resource policy; the policy opens in the editor when there is one. */
export function AddResourceForm() {
  const t = useT();
  const apply = useApplyEdit();
  const scenario = useScenario();
  const [type, setType] = useState<ResourceKind>('s3');
  const [chosen, setAccount] = useState('');
  const { account, options } = useAccounts(chosen);
  const [region, setRegion] = useState(DEFAULT_REGION);
  const [name, setName] = useState('');
  const [policy, setPolicy] = useState<ResourcePolicyTemplate>('none');
  const [principal, setPrincipal] = useState('');
  const input: ResourceInput = { type, account, region: region.trim(), name: name.trim(), policy };
  if (policy === 'principal') input.principal = principal.trim();

  return (
    <AddForm
      problem={checkResource(scenario, input)}
      blocked={account ? undefined : t('add.noAccounts')}
      onAdd={() => {
        const arn = resourceArnOf(input);
        apply(
          (s) => addResource(s, input),
          policy === 'none' ? { select: arn } : { select: arn, open: `${arn}#policy` },
        );
        setName('');
      }}
    >
      <SelectField
        name="resourceType"
        label={t('add.resourceType')}
        value={type}
        onChange={(v) => setType(v as ResourceKind)}
        options={TYPES.map((k) => ({ value: k, label: t(`add.resource.${k}`) }))}
      />
      <AccountField value={account} onChange={setAccount} options={options} />
      {type !== 's3' && (
        <TextField name="region" label={t('add.region')} value={region} onChange={setRegion} />
      )}
      <TextField
        name="name"
        label={t('add.resourceName')}
        value={name}
        onChange={setName}
        placeholder={PLACEHOLDERS[type]}
      />
      <SelectField
        name="policy"
        label={t('add.policy')}
        value={policy}
        onChange={(v) => setPolicy(v as ResourcePolicyTemplate)}
        options={POLICIES.map((p) => ({ value: p, label: t(`add.policy.${p}`) }))}
      />
      {policy === 'principal' && (
        <TextField
          name="principal"
          label={t('add.principal')}
          value={principal}
          onChange={setPrincipal}
          placeholder="444455556666"
        />
      )}
    </AddForm>
  );
}
