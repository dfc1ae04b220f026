/**
 * `aws iam get-account-authorization-details`: users, groups, roles and managed policies of one
 * account. Several files (one per account) merge into a multi-account scenario; the account id
 * comes from the ARNs because the export does not state it anywhere else.
 */
import type { GroupSpec, ManagedPolicySpec, NamedPolicy, RoleSpec, UserSpec } from '../model/scenario';
import { accountOfArn } from '../model/scenario';
import { defined, readPolicyDocument, readTags } from './common';
import {
  elements,
  isObject,
  prop,
  propBool,
  propNum,
  propStr,
  str,
  type Located,
  type Reporter,
} from './located';
import type { ScenarioFragment } from './types';

function readInlinePolicies(list: Located | undefined, reporter: Reporter): NamedPolicy[] | undefined {
  const policies: NamedPolicy[] = [];
  for (const item of elements(list)) {
    const name = propStr(item, 'PolicyName');
    if (name === undefined) {
      reporter.error('gaad-inline-policy-without-name', {}, item);
      continue;
    }
    const documentLoc = prop(item, 'PolicyDocument');
    if (!documentLoc) {
      reporter.error('gaad-inline-policy-without-document', { policy: name }, item);
      continue;
    }
    const document = readPolicyDocument(documentLoc, reporter, { subject: 'inline-policy', name });
    if (document !== undefined) policies.push({ name, document });
  }
  return policies.length > 0 ? policies : undefined;
}

function readAttached(list: Located | undefined): string[] | undefined {
  const arns = elements(list)
    .map((item) => propStr(item, 'PolicyArn'))
    .filter((arn): arn is string => arn !== undefined);
  return arns.length > 0 ? arns : undefined;
}

function readBoundary(loc: Located | undefined): string | undefined {
  return propStr(prop(loc, 'PermissionsBoundary'), 'PermissionsBoundaryArn');
}

/** Every detail item must at least have an ARN naming an account; otherwise it cannot be placed. */
function requireArn(item: Located, list: string, reporter: Reporter): string | undefined {
  if (!isObject(item)) {
    reporter.error('gaad-entry-not-object', { list }, item);
    return undefined;
  }
  const arn = propStr(item, 'Arn');
  if (arn === undefined) {
    reporter.error('gaad-entry-without-arn', { list }, item);
    return undefined;
  }
  if (accountOfArn(arn) === undefined && !arn.startsWith('arn:aws:iam::aws:')) {
    reporter.error('gaad-arn-invalid', { arn }, prop(item, 'Arn'));
    return undefined;
  }
  return arn;
}

function readGroups(doc: Located, reporter: Reporter): GroupSpec[] {
  const groups: GroupSpec[] = [];
  for (const item of elements(prop(doc, 'GroupDetailList'))) {
    const arn = requireArn(item, 'GroupDetailList', reporter);
    if (arn === undefined) continue;
    groups.push(
      defined<GroupSpec>({
        arn,
        inlinePolicies: readInlinePolicies(prop(item, 'GroupPolicyList'), reporter),
        managedPolicies: readAttached(prop(item, 'AttachedManagedPolicies')),
      }),
    );
  }
  return groups;
}

function readUsers(doc: Located, groups: GroupSpec[], reporter: Reporter): UserSpec[] {
  const groupByName = new Map(groups.map((g) => [g.arn.slice(g.arn.lastIndexOf('/') + 1), g.arn]));
  const users: UserSpec[] = [];
  for (const item of elements(prop(doc, 'UserDetailList'))) {
    const arn = requireArn(item, 'UserDetailList', reporter);
    if (arn === undefined) continue;
    // GroupList holds names only; a group missing from the file keeps the default path.
    const groupArns = elements(prop(item, 'GroupList'))
      .map(str)
      .filter((name): name is string => name !== undefined)
      .map((name) => groupByName.get(name) ?? `arn:aws:iam::${accountOfArn(arn) ?? ''}:group/${name}`);
    users.push(
      defined<UserSpec>({
        arn,
        userId: propStr(item, 'UserId'),
        groups: groupArns.length > 0 ? groupArns : undefined,
        inlinePolicies: readInlinePolicies(prop(item, 'UserPolicyList'), reporter),
        managedPolicies: readAttached(prop(item, 'AttachedManagedPolicies')),
        permissionsBoundary: readBoundary(item),
        tags: readTags(prop(item, 'Tags')),
      }),
    );
  }
  return users;
}

function readRoles(doc: Located, reporter: Reporter): RoleSpec[] {
  const roles: RoleSpec[] = [];
  for (const item of elements(prop(doc, 'RoleDetailList'))) {
    const arn = requireArn(item, 'RoleDetailList', reporter);
    if (arn === undefined) continue;
    const trustLoc = prop(item, 'AssumeRolePolicyDocument');
    if (!trustLoc) {
      reporter.error('gaad-role-without-trust', { arn }, item);
      continue;
    }
    const trustPolicy = readPolicyDocument(trustLoc, reporter, { subject: 'trust-policy', name: arn });
    if (trustPolicy === undefined) continue;
    const profiles = elements(prop(item, 'InstanceProfileList'))
      .map((profile) => propStr(profile, 'Arn'))
      .filter((profileArn): profileArn is string => profileArn !== undefined);
    roles.push(
      defined<RoleSpec>({
        arn,
        roleId: propStr(item, 'RoleId'),
        // Not in the GAAD output today, but get-role has them and people paste those in.
        description: propStr(item, 'Description'),
        maxSessionDuration: propNum(item, 'MaxSessionDuration'),
        trustPolicy,
        inlinePolicies: readInlinePolicies(prop(item, 'RolePolicyList'), reporter),
        managedPolicies: readAttached(prop(item, 'AttachedManagedPolicies')),
        permissionsBoundary: readBoundary(item),
        tags: readTags(prop(item, 'Tags')),
        instanceProfiles: profiles.length > 0 ? profiles : undefined,
      }),
    );
  }
  return roles;
}

function readManagedPolicies(doc: Located, reporter: Reporter): ManagedPolicySpec[] {
  const policies: ManagedPolicySpec[] = [];
  for (const item of elements(prop(doc, 'Policies'))) {
    const arn = requireArn(item, 'Policies', reporter);
    if (arn === undefined) continue;
    const versions = elements(prop(item, 'PolicyVersionList'));
    const defaultId = propStr(item, 'DefaultVersionId');
    // IsDefaultVersion is authoritative; DefaultVersionId is the fallback for hand-trimmed files.
    const chosen =
      versions.find((v) => propBool(v, 'IsDefaultVersion') === true) ??
      versions.find((v) => defaultId !== undefined && propStr(v, 'VersionId') === defaultId);
    if (!chosen) {
      reporter.error('gaad-policy-without-default-version', { arn }, item);
      continue;
    }
    const document = readPolicyDocument(prop(chosen, 'Document'), reporter, {
      subject: 'managed-policy',
      name: arn,
    });
    if (document === undefined) {
      if (!prop(chosen, 'Document')) reporter.error('gaad-default-version-without-document', { arn }, chosen);
      continue;
    }
    policies.push(
      defined<ManagedPolicySpec>({
        arn,
        name: propStr(item, 'PolicyName'),
        description: propStr(item, 'Description'),
        document,
      }),
    );
  }
  return policies;
}

export function importGaad(doc: Located, reporter: Reporter): ScenarioFragment {
  const groups = readGroups(doc, reporter);
  const fragment: ScenarioFragment = {};
  const users = readUsers(doc, groups, reporter);
  const roles = readRoles(doc, reporter);
  const managedPolicies = readManagedPolicies(doc, reporter);
  if (users.length > 0) fragment.users = users;
  if (groups.length > 0) fragment.groups = groups;
  if (roles.length > 0) fragment.roles = roles;
  if (managedPolicies.length > 0) fragment.managedPolicies = managedPolicies;
  if (users.length + groups.length + roles.length + managedPolicies.length === 0) {
    reporter.warning('gaad-empty', {});
  }
  return fragment;
}
