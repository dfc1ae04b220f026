/** The organization's small forms: add a unit, move an account, write an SCP or RCP, attach one. */
import { useState, type ComponentType } from 'react';
import { addUnit, checkPlacement, checkUnit, placeAccount, placeOf } from '../../../model/editScenarioOrg';
import {
  attachOrgPolicy,
  checkAttachOrgPolicy,
  checkOrgPolicy,
  createOrgPolicy,
  newOrgPolicyId,
  type OrgPolicyKind,
} from '../../../model/editScenarioOrgPolicies';
import { useOrganization, useScenario } from '../../../state/selectors/scenario';
import { useT } from '../../i18n/useT';
import { AddForm, SelectField, TextField, useAccounts, useApplyEdit } from '../addFormParts';
import type { OrgAction } from './OrganizationSection';
import { useOrgPlaces, type Option } from './useOrganization';

/** The chosen option, or the first one when the choice is gone. */
const pick = (options: Option[], chosen: string) =>
  options.some((o) => o.value === chosen) ? chosen : (options[0]?.value ?? '');

export function AddUnitForm() {
  const t = useT();
  const apply = useApplyEdit();
  const scenario = useScenario();
  const places = useOrgPlaces();
  const [chosen, setParent] = useState('');
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const input = { parentId: pick(places, chosen), name, id: id.trim() };
  return (
    <AddForm
      problem={checkUnit(scenario, input)}
      submitLabel={t('org.submit.unit')}
      onAdd={() => {
        apply((s) => addUnit(s, input), {});
        setName('');
        setId('');
      }}
    >
      <SelectField
        name="parent"
        label={t('org.parent')}
        value={input.parentId}
        onChange={setParent}
        options={places}
      />
      <TextField
        name="unitName"
        label={t('org.unitName')}
        value={name}
        onChange={setName}
        placeholder="Workloads"
      />
      <TextField
        name="unitId"
        label={t('org.unitId')}
        value={id}
        onChange={setId}
        placeholder="ou-a1b2-workloads"
      />
    </AddForm>
  );
}

const OUTSIDE = '-';

export function MoveAccountForm() {
  const t = useT();
  const apply = useApplyEdit();
  const scenario = useScenario();
  const [chosenAccount, setAccount] = useState('');
  const { account, options } = useAccounts(chosenAccount);
  const places = [...useOrgPlaces(), { value: OUTSIDE, label: t('org.outside') }];
  const [chosen, setPlace] = useState('');
  const place = chosen
    ? pick(places, chosen)
    : (places.find((p) => p.value !== placeOf(scenario, account))?.value ?? '');
  const target = place === OUTSIDE ? null : place;
  return (
    <AddForm
      problem={checkPlacement(scenario, account, target)}
      submitLabel={t('org.submit.place')}
      onAdd={() => apply((s) => placeAccount(s, account, target), {})}
    >
      <SelectField
        name="account"
        label={t('add.account')}
        value={account}
        onChange={setAccount}
        options={options}
      />
      <SelectField name="place" label={t('org.place')} value={place} onChange={setPlace} options={places} />
    </AddForm>
  );
}

export function WritePolicyForm() {
  const t = useT();
  const apply = useApplyEdit();
  const scenario = useScenario();
  const targets = useOrgPlaces({ accounts: true });
  const [kind, setKind] = useState<OrgPolicyKind>('scp');
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [chosen, setTarget] = useState('');
  const input = { kind, name: name.trim(), id: id.trim(), targetId: pick(targets, chosen) };
  return (
    <AddForm
      problem={checkOrgPolicy(scenario, input)}
      submitLabel={t('org.submit.policy')}
      onAdd={() => {
        const policyId = newOrgPolicyId(scenario, input);
        apply((s) => createOrgPolicy(s, input), { open: `org#${policyId}` });
        setName('');
        setId('');
      }}
    >
      <SelectField
        name="policyKind"
        label={t('org.policyKind')}
        value={kind}
        onChange={(v) => setKind(v as OrgPolicyKind)}
        options={(['scp', 'rcp'] as const).map((k) => ({ value: k, label: t(`org.kind.${k}`) }))}
      />
      <TextField
        name="policyName"
        label={t('policies.name')}
        value={name}
        onChange={setName}
        placeholder="DenyAssumeRole"
      />
      <TextField
        name="policyId"
        label={t('org.policyId')}
        value={id}
        onChange={setId}
        placeholder="p-examplescp"
      />
      <SelectField
        name="target"
        label={t('org.attachAt')}
        value={input.targetId}
        onChange={setTarget}
        options={targets}
      />
      <p className="muted small">{t('org.templateHint')}</p>
    </AddForm>
  );
}

export function AttachPolicyForm() {
  const t = useT();
  const apply = useApplyEdit();
  const scenario = useScenario();
  const org = useOrganization();
  const targets = useOrgPlaces({ accounts: true });
  const policies = (org?.policies ?? []).map((p) => ({
    value: p.id,
    label: `${p.name} (${p.type === 'SERVICE_CONTROL_POLICY' ? 'SCP' : 'RCP'})`,
  }));
  const [chosenPolicy, setPolicy] = useState('');
  const [chosenTarget, setTarget] = useState('');
  const policyId = pick(policies, chosenPolicy);
  const targetId = pick(targets, chosenTarget);
  return (
    <AddForm
      problem={checkAttachOrgPolicy(scenario, policyId, targetId)}
      submitLabel={t('org.submit.attach')}
      onAdd={() => apply((s) => attachOrgPolicy(s, policyId, targetId), {})}
    >
      <SelectField
        name="policy"
        label={t('org.policy')}
        value={policyId}
        onChange={setPolicy}
        options={policies}
      />
      <SelectField
        name="target"
        label={t('org.attachAt')}
        value={targetId}
        onChange={setTarget}
        options={targets}
      />
    </AddForm>
  );
}

const FORMS: Record<OrgAction, ComponentType> = {
  unit: AddUnitForm,
  place: MoveAccountForm,
  policy: WritePolicyForm,
  attach: AttachPolicyForm,
};

/** The form for one action on the organization, in a chunk of its own (OrganizationSection loads it). */
export function OrgActionForm({ action }: { action: OrgAction }) {
  const Form = FORMS[action];
  // Keyed by action so each form starts fresh.
  return <Form key={action} />;
}
