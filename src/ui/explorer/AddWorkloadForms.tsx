/** "Add" forms for workloads: a service account (and a pod running as it) and an EC2 instance. */
import { useId, useState } from 'react';
import {
  addInstance,
  addWorkload,
  checkInstance,
  checkWorkload,
  instanceArnOf,
  type WorkloadInput,
} from '../../model/editScenario';
import { accountOfArn, podId, roleNameFromArn, serviceAccountId } from '../../model/scenario';
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

export function AddWorkloadForm() {
  const t = useT();
  const apply = useApplyEdit();
  const listId = useId();
  const scenario = useScenario();
  const clusters = (scenario.eksClusters ?? []).map((c) => c.arn);
  const [chosen, setCluster] = useState('');
  const cluster = clusters.includes(chosen) ? chosen : (clusters[0] ?? '');
  const [namespace, setNamespace] = useState('default');
  const [serviceAccount, setServiceAccount] = useState('');
  const [roleArn, setRoleArn] = useState('');
  const [access, setAccess] = useState<'irsa' | 'podIdentity'>('irsa');
  const [pod, setPod] = useState('');
  const input: WorkloadInput = { clusterArn: cluster, namespace, serviceAccount, access };
  if (roleArn.trim()) input.roleArn = roleArn.trim();
  if (pod) input.pod = pod;
  return (
    <AddForm
      problem={checkWorkload(scenario, input)}
      blocked={cluster ? undefined : t('add.noClusters')}
      onAdd={() => {
        const select = pod
          ? podId(cluster, namespace, pod)
          : serviceAccountId(cluster, namespace, serviceAccount);
        apply((s) => addWorkload(s, input), { select });
        setServiceAccount('');
        setPod('');
        setRoleArn('');
      }}
    >
      <SelectField
        name="cluster"
        label={t('add.cluster')}
        value={cluster}
        onChange={setCluster}
        options={clusters.map((arn) => ({ value: arn, label: roleNameFromArn(arn) }))}
      />
      <TextField name="namespace" label={t('add.namespace')} value={namespace} onChange={setNamespace} />
      <TextField
        name="serviceAccount"
        label={t('add.serviceAccount')}
        value={serviceAccount}
        onChange={setServiceAccount}
        placeholder="app"
      />
      <SelectField
        name="access"
        label={t('add.access')}
        value={access}
        onChange={(v) => setAccess(v === 'podIdentity' ? 'podIdentity' : 'irsa')}
        options={[
          { value: 'irsa', label: t('add.access.irsa') },
          { value: 'podIdentity', label: t('add.access.podIdentity') },
        ]}
      />
      <TextField
        name="roleArn"
        label={access === 'podIdentity' ? t('add.podIdentityRole') : t('add.irsaRole')}
        value={roleArn}
        onChange={setRoleArn}
        list={listId}
        placeholder="arn:aws:iam::123456789012:role/NAME"
      />
      <datalist id={listId}>
        {(scenario.roles ?? []).map((r) => (
          <option key={r.arn} value={r.arn} />
        ))}
      </datalist>
      <TextField name="pod" label={t('add.pod')} value={pod} onChange={setPod} />
    </AddForm>
  );
}

/** An instance running with the instance profile of a role of its account. */
export function AddInstanceForm() {
  const t = useT();
  const apply = useApplyEdit();
  const scenario = useScenario();
  const [chosenAccount, setAccount] = useState('');
  const { account, options } = useAccounts(chosenAccount);
  const [region, setRegion] = useState(DEFAULT_REGION);
  const [id, setId] = useState('');
  const roles = (scenario.roles ?? []).filter((r) => accountOfArn(r.arn) === account).map((r) => r.arn);
  const [chosenRole, setRole] = useState('');
  const roleArn = roles.includes(chosenRole) ? chosenRole : (roles[0] ?? '');
  const input = { account, region: region.trim(), id: id.trim(), roleArn };
  const blocked = !account ? t('add.noAccounts') : roles.length === 0 ? t('add.noRoles') : undefined;
  return (
    <AddForm
      problem={checkInstance(scenario, input)}
      blocked={blocked}
      onAdd={() => {
        apply((s) => addInstance(s, input), { select: instanceArnOf(input) });
        setId('');
      }}
    >
      <AccountField value={account} onChange={setAccount} options={options} />
      <TextField name="region" label={t('add.region')} value={region} onChange={setRegion} />
      <TextField
        name="instanceId"
        label={t('add.instanceId')}
        value={id}
        onChange={setId}
        placeholder="i-0123456789abcdef0"
      />
      <SelectField
        name="role"
        label={t('add.instanceRole')}
        value={roleArn}
        onChange={setRole}
        options={roles.map((arn) => ({ value: arn, label: roleNameFromArn(arn) }))}
      />
    </AddForm>
  );
}
