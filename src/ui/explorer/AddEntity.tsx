import { useState, type ComponentType } from 'react';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { AddProfileForm } from './AddProfileForm';
import { AddResourceForm } from './AddResourceForm';
import { AddGroupForm, AddProviderForm } from './AddIdentityForms';
import { AddRoleForm } from './AddRoleForm';
import { AddAccountForm, AddClusterForm, AddUserForm } from './AddSimpleForms';
import { AddInstanceForm, AddWorkloadForm } from './AddWorkloadForms';

const KINDS = [
  'account',
  'role',
  'user',
  'cluster',
  'workload',
  'instance',
  'resource',
  'group',
  'provider',
  'profile',
] as const;
type AddKind = (typeof KINDS)[number];

const FORMS: Record<AddKind, ComponentType> = {
  account: AddAccountForm,
  role: AddRoleForm,
  user: AddUserForm,
  cluster: AddClusterForm,
  workload: AddWorkloadForm,
  instance: AddInstanceForm,
  resource: AddResourceForm,
  group: AddGroupForm,
  provider: AddProviderForm,
  profile: AddProfileForm,
};

/**
 * The explorer's "Add" section: pick what to add, fill in its form. Each add is one undoable step
 * (Undo in the toolbar, or Ctrl+Z outside text fields) and selects what it added.
 */
export function AddEntity() {
  const t = useT();
  const [kind, setKind] = useState<AddKind>('role');
  const Form = FORMS[kind];
  return (
    <details className="add-entity" data-testid={testIds.addEntity}>
      <summary className="panel-subheading">{t('add.title')}</summary>
      <label style={{ display: 'flex', flexDirection: 'column', fontSize: 12, margin: '6px 0' }}>
        {t('add.kind')}
        <select
          data-testid={testIds.addKind}
          value={kind}
          onChange={(e) => setKind(e.target.value as AddKind)}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`add.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {/* Keyed by kind so each form starts fresh. */}
      <Form key={kind} />
    </details>
  );
}
