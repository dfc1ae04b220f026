/**
 * The "Add" form for a ~/.aws/config profile: the role it assumes, whose credentials call it, and the
 * session policies its session passes (an inline one starts allowing everything, to narrow in the editor).
 */
import { useState } from 'react';
import {
  addCliProfile,
  checkCliProfile,
  starterSessionPolicy,
  type ProfileInput,
} from '../../model/editScenarioProfiles';
import { accountOfArn, cliProfileId, roleNameFromArn, type CliCredentialSource } from '../../model/scenario';
import { useScenario } from '../../state/selectors/scenario';
import { useT } from '../i18n/useT';
import { AddForm, SelectField, TextField, useApplyEdit } from './addFormParts';

const CREDENTIAL_SOURCES: [CliCredentialSource, 'instance' | 'ecs' | 'environment'][] = [
  ['Ec2InstanceMetadata', 'instance'],
  ['EcsContainer', 'ecs'],
  ['Environment', 'environment'],
];

/** A source choice is `credential:SOURCE` or `profile:NAME`. */
function sourceOf(choice: string): ProfileInput['source'] {
  return choice.startsWith('profile:')
    ? { profile: choice.slice('profile:'.length) }
    : { credentialSource: choice.slice('credential:'.length) as CliCredentialSource };
}

export function AddProfileForm() {
  const t = useT();
  const apply = useApplyEdit();
  const scenario = useScenario();
  const roles = (scenario.roles ?? []).map((r) => r.arn);
  const [name, setName] = useState('');
  const [chosenRole, setRole] = useState('');
  const roleArn = roles.includes(chosenRole) ? chosenRole : (roles[0] ?? '');
  const [source, setSource] = useState('credential:Ec2InstanceMetadata');
  const [externalId, setExternalId] = useState('');
  const [sessionName, setSessionName] = useState('');
  const [sessionPolicy, setSessionPolicy] = useState('none');
  const [sessionArns, setSessionArns] = useState('');
  const arns = sessionArns.split(/[\s,]+/).filter(Boolean);
  const input: ProfileInput = {
    name: name.trim(),
    roleArn,
    source: sourceOf(source),
    ...(externalId.trim() ? { externalId: externalId.trim() } : {}),
    ...(sessionName.trim() ? { roleSessionName: sessionName.trim() } : {}),
    ...(sessionPolicy === 'starter' ? { sessionPolicy: starterSessionPolicy() } : {}),
    ...(arns.length > 0 ? { sessionPolicyArns: arns } : {}),
  };
  const sources = [
    ...CREDENTIAL_SOURCES.map(([value, key]) => ({
      value: `credential:${value}`,
      label: t(`add.profileSource.${key}`),
    })),
    ...(scenario.cliProfiles ?? []).map((p) => ({
      value: `profile:${p.name}`,
      label: t('add.profileSource.profile', { name: p.name }),
    })),
  ];
  return (
    <AddForm
      problem={checkCliProfile(scenario, input)}
      blocked={roles.length === 0 ? t('add.noRoles') : undefined}
      onAdd={() => {
        apply((s) => addCliProfile(s, input), { select: cliProfileId(input.name) });
        setName('');
      }}
    >
      <TextField
        name="profileName"
        label={t('add.profileName')}
        value={name}
        onChange={setName}
        placeholder="account-a-reader"
      />
      <SelectField
        name="profileRole"
        label={t('add.profileRole')}
        value={roleArn}
        onChange={setRole}
        options={roles.map((arn) => ({
          value: arn,
          label: `${roleNameFromArn(arn)} (${accountOfArn(arn) ?? '?'})`,
        }))}
      />
      <SelectField
        name="profileSource"
        label={t('add.profileSource')}
        value={source}
        onChange={setSource}
        options={sources}
      />
      <TextField name="externalId" label={t('add.externalId')} value={externalId} onChange={setExternalId} />
      <TextField
        name="sessionName"
        label={t('add.sessionName')}
        value={sessionName}
        onChange={setSessionName}
      />
      <SelectField
        name="sessionPolicy"
        label={t('add.sessionPolicy')}
        value={sessionPolicy}
        onChange={setSessionPolicy}
        options={[
          { value: 'none', label: t('add.sessionPolicy.none') },
          { value: 'starter', label: t('add.sessionPolicy.starter') },
        ]}
      />
      <TextField
        name="sessionPolicyArns"
        label={t('add.sessionPolicyArns')}
        value={sessionArns}
        onChange={setSessionArns}
        placeholder="arn:aws:iam::aws:policy/ReadOnlyAccess"
      />
    </AddForm>
  );
}
