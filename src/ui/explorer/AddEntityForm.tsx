import type { ComponentType } from 'react';
import type { AddKind } from './AddEntity';
import { AddProfileForm } from './AddProfileForm';
import { AddResourceForm } from './AddResourceForm';
import { AddGroupForm, AddProviderForm } from './AddIdentityForms';
import { AddRoleForm } from './AddRoleForm';
import { AddAccountForm, AddClusterForm, AddUserForm } from './AddSimpleForms';
import { AddInstanceForm, AddWorkloadForm } from './AddWorkloadForms';

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

/** The form for one kind, in a chunk of its own (AddEntity loads it). */
export function AddEntityForm({ kind }: { kind: AddKind }) {
  const Form = FORMS[kind];
  // Keyed by kind so each form starts fresh.
  return <Form key={kind} />;
}
