/**
 * IAM in a plan: roles (`assume_role_policy`, `inline_policy` blocks, `managed_policy_arns`,
 * `permissions_boundary`), users, groups, customer managed policies, and the resources that attach
 * policies, memberships and instance profiles to them by name.
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role
 */
import type {
  GroupSpec,
  ManagedPolicySpec,
  NamedPolicy,
  RoleSpec,
  Tags,
  UserSpec,
} from '../../model/scenario';
import { defined } from '../common';
import { elements, prop, propNum, str } from '../located';
import { instancesOf, listAt, stringAt, type TfContext } from './context';
import { arnOf, nameOf } from './derive';
import type { TfInstance } from './planDocument';
import { policyAt } from './policies';

type Holder = RoleSpec | UserSpec | GroupSpec;

export interface IamEntities {
  roles: Map<string, RoleSpec>;
  users: Map<string, UserSpec>;
  groups: Map<string, GroupSpec>;
  managedPolicies: ManagedPolicySpec[];
}

/** The `tags` map (what the resource sets, not the provider's default tags). */
export function tagsOf(instance: TfInstance): Tags | undefined {
  const loc = prop(instance.values, 'tags');
  if (loc?.node.kind !== 'object') return undefined;
  const entries = loc.node.properties.flatMap((p): [string, string][] =>
    p.value.kind === 'string' ? [[p.key, p.value.value]] : [],
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function inlinePolicies(ctx: TfContext, instance: TfInstance): NamedPolicy[] | undefined {
  const policies = elements(prop(instance.values, 'inline_policy')).flatMap((_, i): NamedPolicy[] => {
    const name = stringAt(ctx, instance, ['inline_policy', i, 'name']);
    const document = policyAt(ctx, instance, ['inline_policy', i, 'policy']);
    // The provider shows one empty block for a role without inline policies.
    return name === undefined || document === undefined ? [] : [{ name, document }];
  });
  return policies.length > 0 ? policies : undefined;
}

function readRole(ctx: TfContext, instance: TfInstance): RoleSpec | undefined {
  const trustPolicy = policyAt(ctx, instance, ['assume_role_policy']);
  if (trustPolicy === undefined) {
    ctx.reporter.error('tf-role-without-trust', { address: instance.address }, instance.values);
    return undefined;
  }
  const managed = listAt(ctx, instance, ['managed_policy_arns']);
  return defined<RoleSpec>({
    arn: arnOf(ctx, instance),
    trustPolicy,
    description: stringAt(ctx, instance, ['description']),
    maxSessionDuration: propNum(instance.values, 'max_session_duration'),
    inlinePolicies: inlinePolicies(ctx, instance),
    managedPolicies: managed.length > 0 ? managed : undefined,
    permissionsBoundary: stringAt(ctx, instance, ['permissions_boundary']),
    tags: tagsOf(instance),
  });
}

function readUser(ctx: TfContext, instance: TfInstance): UserSpec {
  return defined<UserSpec>({
    arn: arnOf(ctx, instance),
    permissionsBoundary: stringAt(ctx, instance, ['permissions_boundary']),
    tags: tagsOf(instance),
  });
}

function byName<T extends { arn: string }>(
  ctx: TfContext,
  type: string,
  read: (ctx: TfContext, i: TfInstance) => T | undefined,
): Map<string, T> {
  const map = new Map<string, T>();
  for (const instance of instancesOf(ctx, type)) {
    const spec = read(ctx, instance);
    if (spec) map.set(nameOf(ctx, instance), spec);
  }
  return map;
}

/** The holder an attachment names (by name, or by ARN), or a warning that the plan does not hold it. */
function holderOf<T extends Holder>(
  ctx: TfContext,
  holders: Map<string, T>,
  instance: TfInstance,
  field: string,
): T | undefined {
  const name = stringAt(ctx, instance, [field]);
  const holder =
    name === undefined
      ? undefined
      : (holders.get(name) ??
        [...holders.values()].find((h) => h.arn === name || h.arn.endsWith(`/${name}`)));
  if (!holder)
    ctx.reporter.warning(
      'tf-attachment-target-missing',
      { address: instance.address, field, name: name ?? '(unknown)' },
      prop(instance.values, field) ?? instance.values,
    );
  return holder;
}

function addInline(ctx: TfContext, holders: Map<string, Holder>, type: string, field: string): void {
  for (const instance of instancesOf(ctx, type)) {
    const holder = holderOf(ctx, holders, instance, field);
    const document = policyAt(ctx, instance, ['policy']);
    if (!holder || document === undefined) continue;
    const policy = { name: nameOf(ctx, instance), document };
    holder.inlinePolicies = [...(holder.inlinePolicies ?? []).filter((p) => p.name !== policy.name), policy];
  }
}

function addAttachments(ctx: TfContext, holders: Map<string, Holder>, type: string, field: string): void {
  for (const instance of instancesOf(ctx, type)) {
    const holder = holderOf(ctx, holders, instance, field);
    const arn = stringAt(ctx, instance, ['policy_arn']);
    if (holder && arn !== undefined)
      holder.managedPolicies = [...new Set([...(holder.managedPolicies ?? []), arn])];
  }
}

function addMemberships(ctx: TfContext, users: Map<string, UserSpec>, groups: Map<string, GroupSpec>): void {
  const join = (user: UserSpec | undefined, group: GroupSpec | undefined) => {
    if (user && group) user.groups = [...new Set([...(user.groups ?? []), group.arn])];
  };
  for (const instance of instancesOf(ctx, 'aws_iam_user_group_membership')) {
    const user = holderOf(ctx, users, instance, 'user');
    for (const name of listAt(ctx, instance, ['groups'])) join(user, groups.get(name));
  }
  for (const instance of instancesOf(ctx, 'aws_iam_group_membership')) {
    const group = holderOf(ctx, groups, instance, 'group');
    for (const name of listAt(ctx, instance, ['users'])) join(users.get(name), group);
  }
}

function addInstanceProfiles(ctx: TfContext, roles: Map<string, RoleSpec>): void {
  for (const instance of instancesOf(ctx, 'aws_iam_instance_profile')) {
    if (stringAt(ctx, instance, ['role']) === undefined) continue;
    const role = holderOf(ctx, roles, instance, 'role');
    const arn = arnOf(ctx, instance);
    if (role && arn) role.instanceProfiles = [...new Set([...(role.instanceProfiles ?? []), arn])];
  }
}

function readManagedPolicies(ctx: TfContext): ManagedPolicySpec[] {
  return instancesOf(ctx, 'aws_iam_policy').flatMap((instance) => {
    const document = policyAt(ctx, instance, ['policy']);
    if (document === undefined) return [];
    const description = str(prop(instance.values, 'description'));
    return [
      defined<ManagedPolicySpec>({
        arn: arnOf(ctx, instance),
        name: nameOf(ctx, instance),
        description: description === '' ? undefined : description,
        document,
      }),
    ];
  });
}

export function readIam(ctx: TfContext): IamEntities {
  const roles = byName(ctx, 'aws_iam_role', readRole);
  const users = byName(ctx, 'aws_iam_user', readUser);
  const groups = byName(ctx, 'aws_iam_group', (c, i) => ({ arn: arnOf(c, i) as string }));
  addInline(ctx, roles, 'aws_iam_role_policy', 'role');
  addInline(ctx, users, 'aws_iam_user_policy', 'user');
  addInline(ctx, groups, 'aws_iam_group_policy', 'group');
  addAttachments(ctx, roles, 'aws_iam_role_policy_attachment', 'role');
  addAttachments(ctx, users, 'aws_iam_user_policy_attachment', 'user');
  addAttachments(ctx, groups, 'aws_iam_group_policy_attachment', 'group');
  addMemberships(ctx, users, groups);
  addInstanceProfiles(ctx, roles);
  return { roles, users, groups, managedPolicies: readManagedPolicies(ctx) };
}
