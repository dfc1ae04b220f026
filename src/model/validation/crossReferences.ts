/**
 * Checks between the parts of a structurally valid scenario: duplicates, references that point
 * nowhere, and combinations AWS does not allow (an instance profile of another account, an SCP
 * list naming an RCP). References to things that merely are not in the scenario are warnings,
 * because scenarios are often partial exports; things AWS would refuse are errors.
 */
import { accountOfArn, type OrgUnitSpec, type Scenario } from '../scenario';
import { AWS_MANAGED_POLICY_RE } from './patterns';
import type { ProblemLog } from './problemLog';
import { indexPath, joinPath } from './vnode';

type Loc = { r: ProblemLog };

function duplicates<T extends object>(
  c: Loc,
  items: readonly T[] | undefined,
  keyOf: (item: T) => string,
  field: string,
  what: string,
): void {
  const first = new Map<string, string>();
  for (const item of items ?? []) {
    const key = keyOf(item);
    const path = c.r.pathOf(item);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, path);
    else
      c.r.at(
        'error',
        field ? joinPath(path, field) : path,
        `duplicate ${what} ${JSON.stringify(key)}, already declared at ${earlier}`,
      );
  }
}

export function checkCrossReferences(r: ProblemLog, s: Scenario): void {
  const c: Loc = { r };
  const accounts = new Set(s.accounts.map((a) => a.id));
  const roles = new Map((s.roles ?? []).map((role) => [role.arn, role]));
  const groups = new Set((s.groups ?? []).map((g) => g.arn));
  const policies = new Set((s.managedPolicies ?? []).map((p) => p.arn));

  duplicates(c, s.accounts, (a) => a.id, 'id', 'account id');
  duplicates(c, s.roles, (x) => x.arn, 'arn', 'role ARN');
  duplicates(c, s.users, (x) => x.arn, 'arn', 'user ARN');
  duplicates(c, s.groups, (x) => x.arn, 'arn', 'group ARN');
  duplicates(c, s.managedPolicies, (x) => x.arn, 'arn', 'managed policy ARN');
  duplicates(c, s.identityProviders, (x) => x.arn, 'arn', 'identity provider ARN');
  duplicates(c, s.eksClusters, (x) => x.arn, 'arn', 'cluster ARN');
  duplicates(c, s.instances, (x) => x.id, 'id', 'instance id');
  duplicates(c, s.lambdaFunctions, (x) => x.arn, 'arn', 'function ARN');
  duplicates(c, s.ecsTaskDefinitions, (x) => x.arn, 'arn', 'task definition ARN');
  duplicates(c, s.resources, (x) => x.arn, 'arn', 'resource ARN');
  duplicates(c, s.externalPrincipals, (x) => x.id, 'id', 'external principal id');
  duplicates(c, s.cliProfiles, (x) => x.name, 'name', 'CLI profile name');
  // Inline policy names become document ids (`ARN#inline/NAME`), so they must be unique per holder.
  for (const holder of [...(s.roles ?? []), ...(s.users ?? []), ...(s.groups ?? [])]) {
    duplicates(c, holder.inlinePolicies, (p) => p.name, 'name', 'inline policy name');
  }

  const path = (item: object, field: string) => joinPath(r.pathOf(item), field);
  const knownAccount = (item: object, field: string, account: string | undefined) => {
    if (account !== undefined && !accounts.has(account)) {
      r.at(
        'warning',
        path(item, field),
        `account ${account} is not listed in "accounts"; add it so it has a name and a place in the graph`,
      );
    }
  };
  const knownRole = (p: string, arn: string | undefined, what: string) => {
    if (arn !== undefined && !roles.has(arn))
      r.at('warning', p, `${what} ${arn} is not a role in this scenario, so the chain ends there`);
  };
  const knownPolicies = (item: object, field: string, arns: readonly string[] | undefined) => {
    (arns ?? []).forEach((arn, i) => {
      if (!policies.has(arn) && !AWS_MANAGED_POLICY_RE.test(arn)) {
        r.at(
          'warning',
          indexPath(path(item, field), i),
          `managed policy ${arn} is not in "managedPolicies"; it is shown as unknown and grants nothing`,
        );
      }
    });
  };

  const knownBoundary = (item: object, arn: string | undefined) => {
    if (arn && !policies.has(arn) && !AWS_MANAGED_POLICY_RE.test(arn)) {
      r.at(
        'warning',
        path(item, 'permissionsBoundary'),
        `boundary ${arn} is not in "managedPolicies"; an unknown boundary is read as allowing nothing`,
      );
    }
  };

  for (const role of s.roles ?? []) {
    knownAccount(role, 'arn', accountOfArn(role.arn));
    knownPolicies(role, 'managedPolicies', role.managedPolicies);
    knownBoundary(role, role.permissionsBoundary);
  }
  for (const user of s.users ?? []) {
    const account = accountOfArn(user.arn);
    knownAccount(user, 'arn', account);
    knownPolicies(user, 'managedPolicies', user.managedPolicies);
    knownBoundary(user, user.permissionsBoundary);
    (user.groups ?? []).forEach((arn, i) => {
      const p = indexPath(path(user, 'groups'), i);
      if (accountOfArn(arn) !== account)
        r.at(
          'error',
          p,
          `group ${arn} is in another account than the user; IAM groups only hold users of their own account`,
        );
      else if (!groups.has(arn))
        r.at('warning', p, `group ${arn} is not in "groups", so its policies are missing`);
    });
  }
  for (const group of s.groups ?? []) {
    knownAccount(group, 'arn', accountOfArn(group.arn));
    knownPolicies(group, 'managedPolicies', group.managedPolicies);
  }
  for (const provider of s.identityProviders ?? []) {
    knownAccount(provider, 'arn', accountOfArn(provider.arn));
    if (provider.arn.includes(':saml-provider/') && provider.clientIds) {
      r.at('warning', path(provider, 'clientIds'), 'SAML providers have no client ids; they are ignored');
    }
  }

  checkInstanceProfiles(r, s, roles);
  for (const fn of s.lambdaFunctions ?? []) {
    knownAccount(fn, 'arn', accountOfArn(fn.arn));
    knownRole(path(fn, 'roleArn'), fn.roleArn, 'execution role');
  }
  for (const task of s.ecsTaskDefinitions ?? []) {
    knownAccount(task, 'arn', accountOfArn(task.arn));
    knownRole(path(task, 'taskRoleArn'), task.taskRoleArn, 'task role');
    knownRole(path(task, 'executionRoleArn'), task.executionRoleArn, 'execution role');
  }
  for (const cluster of s.eksClusters ?? []) {
    knownAccount(cluster, 'arn', accountOfArn(cluster.arn));
    (cluster.nodeRoleArns ?? []).forEach((arn, i) =>
      knownRole(indexPath(path(cluster, 'nodeRoleArns'), i), arn, 'node role'),
    );
    duplicates(c, cluster.serviceAccounts, (x) => `${x.namespace}/${x.name}`, '', 'service account');
    duplicates(c, cluster.pods, (x) => `${x.namespace}/${x.name}`, '', 'pod');
    // EKS allows one Pod Identity association per service account.
    duplicates(
      c,
      cluster.podIdentityAssociations,
      (x) => `${x.namespace}/${x.serviceAccount}`,
      '',
      'Pod Identity association for service account',
    );
    const declared = new Set((cluster.serviceAccounts ?? []).map((sa) => `${sa.namespace}/${sa.name}`));
    for (const pod of cluster.pods ?? []) {
      if (!declared.has(`${pod.namespace}/${pod.serviceAccount}`)) {
        r.at(
          'warning',
          path(pod, 'serviceAccount'),
          `service account ${pod.namespace}/${pod.serviceAccount} is not in "serviceAccounts"; it will be created implicitly, without an IRSA role`,
        );
      }
    }
    for (const sa of cluster.serviceAccounts ?? []) {
      knownRole(path(sa, 'roleArn'), sa.roleArn, 'IRSA role');
      if (sa.roleArn && !cluster.oidcIssuer) {
        r.at(
          'warning',
          path(sa, 'roleArn'),
          `the cluster has no "oidcIssuer", so IRSA cannot work for this service account`,
        );
      }
    }
    for (const assoc of cluster.podIdentityAssociations ?? []) {
      knownRole(path(assoc, 'roleArn'), assoc.roleArn, 'role');
      knownRole(path(assoc, 'targetRoleArn'), assoc.targetRoleArn, 'target role');
      if (assoc.externalId && !assoc.targetRoleArn) {
        r.at(
          'warning',
          path(assoc, 'externalId'),
          'an external id is only used with "targetRoleArn"; it is ignored',
        );
      }
    }
  }
  for (const resource of s.resources ?? []) {
    const inArn = accountOfArn(resource.arn);
    if (resource.accountId && inArn && resource.accountId !== inArn) {
      r.at(
        'error',
        path(resource, 'accountId'),
        `account ${resource.accountId} differs from the account ${inArn} in the ARN`,
      );
    } else if (!resource.accountId && !inArn && resource.type === 's3') {
      r.at(
        'warning',
        path(resource, 'arn'),
        'S3 bucket ARNs carry no account: set "accountId" so cross-account access is judged right',
      );
    }
    knownAccount(resource, resource.accountId ? 'accountId' : 'arn', resource.accountId ?? inArn);
  }
  checkCliProfiles(r, s, knownRole);
  checkSessionPolicies(r, s, policies);
  if (s.organization) checkOrganization(r, s, accounts);
}

function checkInstanceProfiles(r: ProblemLog, s: Scenario, roles: Map<string, { arn: string }>): void {
  const profileRole = new Map<string, string>();
  for (const role of s.roles ?? []) {
    (role.instanceProfiles ?? []).forEach((profile, i) => {
      const p = indexPath(joinPath(r.pathOf(role), 'instanceProfiles'), i);
      const other = profileRole.get(profile);
      if (accountOfArn(profile) !== accountOfArn(role.arn)) {
        r.at(
          'error',
          p,
          `instance profile ${profile} is in another account than the role; a profile holds a role of its own account`,
        );
      } else if (other !== undefined && other !== role.arn) {
        r.at(
          'error',
          p,
          `instance profile ${profile} already holds ${other}; an instance profile holds exactly one role`,
        );
      } else {
        profileRole.set(profile, role.arn);
      }
    });
  }
  for (const instance of s.instances ?? []) {
    const at = (field: string) => joinPath(r.pathOf(instance), field);
    if (!s.accounts.some((a) => a.id === instance.account)) {
      r.at(
        'warning',
        at('account'),
        `account ${instance.account} is not listed in "accounts"; add it so it has a name and a place in the graph`,
      );
    }
    const profileAccount = accountOfArn(instance.instanceProfileArn);
    if (profileAccount !== instance.account) {
      r.at(
        'error',
        at('instanceProfileArn'),
        `instance profile ${instance.instanceProfileArn} is in account ${profileAccount ?? '?'}, but the instance is in ${instance.account}; an instance can only use a profile of its own account (assume a role in the other account instead)`,
      );
      continue;
    }
    const held = profileRole.get(instance.instanceProfileArn);
    if (instance.roleArn) {
      if (accountOfArn(instance.roleArn) !== instance.account) {
        r.at(
          'error',
          at('roleArn'),
          `role ${instance.roleArn} is in another account than the instance; an instance profile holds a role of its own account`,
        );
      } else if (held !== undefined && held !== instance.roleArn) {
        r.at(
          'error',
          at('roleArn'),
          `instance profile ${instance.instanceProfileArn} holds ${held} (see "instanceProfiles" of that role), not ${instance.roleArn}`,
        );
      } else if (!roles.has(instance.roleArn)) {
        r.at(
          'warning',
          at('roleArn'),
          `role ${instance.roleArn} is not a role in this scenario, so the chain ends there`,
        );
      }
    } else if (held === undefined) {
      r.at(
        'warning',
        at('instanceProfileArn'),
        `no role lists instance profile ${instance.instanceProfileArn} in "instanceProfiles" and the instance has no "roleArn", so it runs as nobody`,
      );
    }
  }
}

function checkCliProfiles(
  r: ProblemLog,
  s: Scenario,
  knownRole: (p: string, arn: string | undefined, what: string) => void,
): void {
  const byName = new Map((s.cliProfiles ?? []).map((p) => [p.name, p]));
  for (const profile of s.cliProfiles ?? []) {
    const at = (field: string) => joinPath(r.pathOf(profile), field);
    knownRole(at('roleArn'), profile.roleArn, 'role');
    if (profile.sourceProfile !== undefined && profile.credentialSource !== undefined) {
      r.at(
        'error',
        at('credentialSource'),
        '"sourceProfile" and "credentialSource" cannot both be set, as in the AWS CLI',
      );
    }
    if (profile.sourceProfile === undefined) continue;
    if (!byName.has(profile.sourceProfile)) {
      r.at(
        'warning',
        at('sourceProfile'),
        `profile ${JSON.stringify(profile.sourceProfile)} is not in "cliProfiles"`,
      );
      continue;
    }
    // Walk the source chain; coming back to this profile is a loop the CLI would reject.
    const seen = new Set([profile.name]);
    for (
      let next = byName.get(profile.sourceProfile);
      next;
      next = next.sourceProfile === undefined ? undefined : byName.get(next.sourceProfile)
    ) {
      if (next.name === profile.name) {
        r.at(
          'error',
          at('sourceProfile'),
          `the chain of source profiles loops back to ${JSON.stringify(profile.name)}`,
        );
        break;
      }
      if (seen.has(next.name)) break;
      seen.add(next.name);
    }
  }
}

/**
 * A profile's session policies: passed with sts:AssumeRole, so only with a role to assume; at most
 * 10 managed ones (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html, PolicyArns).
 */
function checkSessionPolicies(r: ProblemLog, s: Scenario, policies: ReadonlySet<string>): void {
  for (const profile of s.cliProfiles ?? []) {
    const at = (field: string) => joinPath(r.pathOf(profile), field);
    const arns = profile.sessionPolicyArns ?? [];
    const passed = [
      ['sessionPolicy', profile.sessionPolicy !== undefined],
      ['sessionPolicyArns', arns.length > 0],
      ['sessionTags', Object.keys(profile.sessionTags ?? {}).length > 0],
    ] as const;
    for (const [field, given] of passed)
      if (given && profile.roleArn === undefined)
        r.at('warning', at(field), `passed with sts:AssumeRole, but the profile assumes no role ("roleArn")`);
    if (arns.length > 10)
      r.at('error', at('sessionPolicyArns'), `${arns.length} session policy ARNs; AWS accepts up to 10`);
    arns.forEach((arn, i) => {
      if (!policies.has(arn) && !AWS_MANAGED_POLICY_RE.test(arn))
        r.at(
          'warning',
          indexPath(at('sessionPolicyArns'), i),
          `session policy ${arn} is not in "managedPolicies"; an unknown session policy is read as allowing nothing`,
        );
    });
  }
}

function checkOrganization(r: ProblemLog, s: Scenario, accounts: Set<string>): void {
  const org = s.organization;
  if (!org) return;
  const orgPath = r.pathOf(org);
  if (!accounts.has(org.managementAccountId)) {
    r.at(
      'warning',
      joinPath(orgPath, 'managementAccountId'),
      `account ${org.managementAccountId} is not listed in "accounts"`,
    );
  }
  const c = { r };
  duplicates(c, org.policies, (p) => p.id, 'id', 'organization policy id');
  const types = new Map(org.policies.map((p) => [p.id, p.type]));
  const checkRefs = (owner: string, which: 'scps' | 'rcps', ids: readonly string[] | undefined) => {
    const wanted = which === 'scps' ? 'SERVICE_CONTROL_POLICY' : 'RESOURCE_CONTROL_POLICY';
    (ids ?? []).forEach((id, i) => {
      const p = indexPath(joinPath(owner, which), i);
      const type = types.get(id);
      if (type === undefined) {
        r.at(
          'error',
          p,
          `policy ${id} is not in "organization.policies"; declare it (AWS's default is p-FullAWSAccess, which allows everything)`,
        );
      } else if (type !== wanted) {
        r.at('error', p, `policy ${id} is a ${type}, so it cannot be listed under "${which}"`);
      }
    });
  };
  const placed = new Map<string, string>();
  const unitIds = new Map<string, string>();
  const walk = (unit: OrgUnitSpec) => {
    const unitPath = r.pathOf(unit);
    const earlier = unitIds.get(unit.id);
    if (earlier !== undefined)
      r.at('error', joinPath(unitPath, 'id'), `duplicate unit id ${unit.id}, already used at ${earlier}`);
    else unitIds.set(unit.id, unitPath);
    checkRefs(unitPath, 'scps', unit.scps);
    checkRefs(unitPath, 'rcps', unit.rcps);
    (unit.accounts ?? []).forEach((account, i) => {
      const p = indexPath(joinPath(unitPath, 'accounts'), i);
      const where = placed.get(account);
      if (where !== undefined)
        r.at(
          'error',
          p,
          `account ${account} is already placed at ${where}; an account belongs to exactly one unit`,
        );
      else placed.set(account, p);
      if (!accounts.has(account)) r.at('warning', p, `account ${account} is not listed in "accounts"`);
    });
    for (const child of unit.children ?? []) walk(child);
  };
  walk(org.root);
  for (const [account, attached] of Object.entries(org.accountPolicies ?? {})) {
    const p = r.pathOf(attached);
    checkRefs(p, 'scps', attached.scps);
    checkRefs(p, 'rcps', attached.rcps);
    if (!placed.has(account)) {
      r.at(
        'warning',
        p,
        `account ${account} is in no unit of the organization, so these policies never apply`,
      );
    }
  }
}
