import { useState } from 'react';
import { addRole, checkRole, roleArnOf, type RoleInput, type TrustTemplate } from '../../model/editScenario';
import { useScenario } from '../../state/selectors/scenario';
import { useT } from '../i18n/useT';
import { AddForm, SelectField, TextField, useAccounts, useApplyEdit, AccountField } from './addFormParts';

type TemplateKind = TrustTemplate['kind'];
const TEMPLATES: TemplateKind[] = ['ownAccount', 'otherAccount', 'ec2', 'lambda', 'irsa', 'podIdentity'];

/** A new IAM role with a starting trust policy from a template; its trust policy opens in the editor. */
export function AddRoleForm() {
  const t = useT();
  const apply = useApplyEdit();
  const scenario = useScenario();
  const [chosenAccount, setAccount] = useState('');
  const { account, options } = useAccounts(chosenAccount);
  const [name, setName] = useState('');
  const [path, setPath] = useState('/');
  const [kind, setKind] = useState<TemplateKind>('ownAccount');
  const [otherAccount, setOtherAccount] = useState('');
  const [externalId, setExternalId] = useState('');
  const [chosenCluster, setCluster] = useState('');
  const [namespace, setNamespace] = useState('');
  const [serviceAccount, setServiceAccount] = useState('');

  const clusters = (scenario.eksClusters ?? []).map((c) => c.arn);
  const cluster = clusters.includes(chosenCluster) ? chosenCluster : (clusters[0] ?? '');
  const trust = ((): TrustTemplate => {
    switch (kind) {
      case 'otherAccount':
        return externalId ? { kind, account: otherAccount, externalId } : { kind, account: otherAccount };
      case 'irsa':
        return { kind, clusterArn: cluster, namespace, serviceAccount };
      case 'podIdentity': {
        const scope: Extract<TrustTemplate, { kind: 'podIdentity' }> = { kind };
        if (namespace) scope.namespace = namespace;
        if (serviceAccount) scope.serviceAccount = serviceAccount;
        return scope;
      }
      default:
        return { kind };
    }
  })();
  const input: RoleInput = { account, name, path, trust };
  const blocked = !account
    ? t('add.noAccounts')
    : kind === 'irsa' && !cluster
      ? t('add.noClusters')
      : undefined;

  const onAdd = () => {
    const arn = roleArnOf(input);
    apply((s) => addRole(s, input), { select: arn, open: `${arn}#trust` });
    setName('');
  };

  return (
    <AddForm problem={checkRole(scenario, input)} blocked={blocked} onAdd={onAdd}>
      <AccountField value={account} onChange={setAccount} options={options} />
      <TextField name="name" label={t('add.name')} value={name} onChange={setName} placeholder="AppRole" />
      <TextField name="path" label={t('add.path')} value={path} onChange={setPath} />
      <SelectField
        name="trust"
        label={t('add.trust')}
        value={kind}
        onChange={(v) => setKind(v as TemplateKind)}
        options={TEMPLATES.map((k) => ({ value: k, label: t(`add.trust.${k}`) }))}
      />
      {kind === 'otherAccount' && (
        <>
          <TextField
            name="otherAccount"
            label={t('add.otherAccount')}
            value={otherAccount}
            onChange={setOtherAccount}
            placeholder="444455556666"
          />
          <TextField
            name="externalId"
            label={t('add.externalId')}
            value={externalId}
            onChange={setExternalId}
          />
        </>
      )}
      {kind === 'irsa' && (
        <SelectField
          name="cluster"
          label={t('add.cluster')}
          value={cluster}
          onChange={setCluster}
          options={clusters.map((arn) => ({ value: arn, label: arn.slice(arn.indexOf('cluster/') + 8) }))}
        />
      )}
      {(kind === 'irsa' || kind === 'podIdentity') && (
        <>
          <TextField
            name="namespace"
            label={kind === 'irsa' ? t('add.namespace') : t('add.namespaceOptional')}
            value={namespace}
            onChange={setNamespace}
            placeholder="default"
          />
          <TextField
            name="serviceAccount"
            label={kind === 'irsa' ? t('add.serviceAccount') : t('add.serviceAccountOptional')}
            value={serviceAccount}
            onChange={setServiceAccount}
          />
        </>
      )}
    </AddForm>
  );
}
