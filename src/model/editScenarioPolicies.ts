/**
 * Permission policies of users, groups and roles, edited in the inspector: write an inline policy,
 * attach or detach a managed one (the scenario's own, or an AWS managed policy), write a new
 * customer managed policy, set or clear a permissions boundary. Like editScenario.ts: pure, a new
 * Scenario each time, `check…` names what is wrong with the input and the edit throws on it.
 * Names follow IAM's rules: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
import type { EditProblem } from './editScenario';
import type { GroupSpec, ManagedPolicySpec, NamedPolicy, RoleSpec, Scenario, UserSpec } from './scenario';

/** Inline and managed policy names: 1–128 letters, digits and +=,.@_- (IAM's PolicyName). */
const POLICY_NAME = /^[\w+=,.@-]{1,128}$/;
const MANAGED_ARN = /^arn:aws[\w-]*:iam::(\d{12}|aws):policy\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,128}$/;

type Holder = UserSpec | RoleSpec | GroupSpec;
type HolderList = 'users' | 'roles' | 'groups';

function listOf(arn: string): HolderList | undefined {
  if (arn.includes(':role/')) return 'roles';
  if (arn.includes(':user/')) return 'users';
  if (arn.includes(':group/')) return 'groups';
  return undefined;
}

/** The user, role or group with this ARN, found in its own list by the ARN's resource type. */
export function holderOf(s: Scenario, arn: string): Holder | undefined {
  const list = listOf(arn);
  return list ? (s[list] ?? []).find((h: Holder) => h.arn === arn) : undefined;
}

/** The scenario with the holder `arn` replaced by `change(holder)`. */
function withHolder(s: Scenario, arn: string, change: (h: Holder) => Holder): Scenario {
  const list = listOf(arn);
  if (!list || !holderOf(s, arn)) throw new Error(`invalid input: unknownPrincipal`);
  return { ...s, [list]: (s[list] ?? []).map((h: Holder) => (h.arn === arn ? change(h) : h)) };
}

function fail(problem: EditProblem | null): void {
  if (problem) throw new Error(`invalid input: ${problem}`);
}

/** A first permission policy to edit: allows nothing until its placeholders are filled in. */
export function permissionPolicyTemplate(account: string): unknown {
  return {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `arn:aws:iam::${account}:role/ROLE-NAME` },
    ],
  };
}

export function checkInlinePolicy(s: Scenario, holderArn: string, name: string): EditProblem | null {
  if (!POLICY_NAME.test(name)) return 'policyName';
  const holder = holderOf(s, holderArn);
  if (!holder) return 'unknownPrincipal';
  return (holder.inlinePolicies ?? []).some((p) => p.name === name) ? 'duplicate' : null;
}

export function addInlinePolicy(s: Scenario, holderArn: string, policy: NamedPolicy): Scenario {
  fail(checkInlinePolicy(s, holderArn, policy.name));
  return withHolder(s, holderArn, (h) => ({ ...h, inlinePolicies: [...(h.inlinePolicies ?? []), policy] }));
}

export function removeInlinePolicy(s: Scenario, holderArn: string, name: string): Scenario {
  return withHolder(s, holderArn, (h) => {
    const { inlinePolicies, ...rest } = h;
    const kept = (inlinePolicies ?? []).filter((p) => p.name !== name);
    return kept.length > 0 ? { ...rest, inlinePolicies: kept } : rest;
  });
}

export function checkAttach(s: Scenario, holderArn: string, policyArn: string): EditProblem | null {
  if (!MANAGED_ARN.test(policyArn)) return 'policyArn';
  const holder = holderOf(s, holderArn);
  if (!holder) return 'unknownPrincipal';
  return (holder.managedPolicies ?? []).includes(policyArn) ? 'duplicate' : null;
}

export function attachManagedPolicy(s: Scenario, holderArn: string, policyArn: string): Scenario {
  fail(checkAttach(s, holderArn, policyArn));
  return withHolder(s, holderArn, (h) => ({
    ...h,
    managedPolicies: [...(h.managedPolicies ?? []), policyArn],
  }));
}

export function detachManagedPolicy(s: Scenario, holderArn: string, policyArn: string): Scenario {
  return withHolder(s, holderArn, (h) => {
    const { managedPolicies, ...rest } = h;
    const kept = (managedPolicies ?? []).filter((arn) => arn !== policyArn);
    return kept.length > 0 ? { ...rest, managedPolicies: kept } : rest;
  });
}

export const customerPolicyArn = (account: string, name: string) => `arn:aws:iam::${account}:policy/${name}`;

export function checkManagedPolicy(s: Scenario, account: string, name: string): EditProblem | null {
  if (!POLICY_NAME.test(name)) return 'policyName';
  if (!s.accounts.some((a) => a.id === account)) return 'unknownAccount';
  const arn = customerPolicyArn(account, name);
  return (s.managedPolicies ?? []).some((p) => p.arn === arn) ? 'duplicate' : null;
}

/** Writes a new customer managed policy and attaches it to `holderArn`. */
export function createManagedPolicy(
  s: Scenario,
  holderArn: string,
  name: string,
  document: unknown,
): Scenario {
  const account = holderArn.split(':')[4] ?? '';
  fail(checkManagedPolicy(s, account, name));
  const policy: ManagedPolicySpec = { arn: customerPolicyArn(account, name), name, document };
  const next = { ...s, managedPolicies: [...(s.managedPolicies ?? []), policy] };
  return attachManagedPolicy(next, holderArn, policy.arn);
}

/** Sets (or with `undefined` clears) a user's or role's permissions boundary: a managed policy ARN. */
export function setPermissionsBoundary(
  s: Scenario,
  holderArn: string,
  policyArn: string | undefined,
): Scenario {
  if (listOf(holderArn) === 'groups') throw new Error('invalid input: unknownPrincipal');
  if (policyArn !== undefined && !MANAGED_ARN.test(policyArn)) throw new Error('invalid input: policyArn');
  return withHolder(s, holderArn, (h) => {
    const next: UserSpec | RoleSpec = { ...(h as UserSpec | RoleSpec) };
    if (policyArn === undefined) delete next.permissionsBoundary;
    else next.permissionsBoundary = policyArn;
    return next;
  });
}

/** Replaces a role's trust policy. */
export function setTrustPolicy(s: Scenario, roleArn: string, document: unknown): Scenario {
  if (!(s.roles ?? []).some((r) => r.arn === roleArn)) throw new Error('invalid input: unknownRole');
  return withHolder(s, roleArn, (h) => ({ ...(h as RoleSpec), trustPolicy: document }));
}

/** Sets (or replaces) the resource policy of a resource of the scenario. */
export function setResourcePolicy(s: Scenario, resourceArn: string, document: unknown): Scenario {
  if (!(s.resources ?? []).some((r) => r.arn === resourceArn)) throw new Error('invalid input: resourceName');
  return {
    ...s,
    resources: (s.resources ?? []).map((r) => (r.arn === resourceArn ? { ...r, policy: document } : r)),
  };
}

/** Deletes the resource policy of a resource of the scenario: then only identity policies can grant it. */
export function removeResourcePolicy(s: Scenario, resourceArn: string): Scenario {
  if (!(s.resources ?? []).some((r) => r.arn === resourceArn)) throw new Error('invalid input: resourceName');
  return {
    ...s,
    resources: (s.resources ?? []).map((r) => {
      if (r.arn !== resourceArn) return r;
      const { policy: _removed, ...rest } = r;
      void _removed;
      return rest;
    }),
  };
}

/**
 * Adds an SCP or RCP to the organization, attached to its root so it reaches every member account
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_attach.html).
 */
export function addRootPolicy(s: Scenario, kind: 'scp' | 'rcp', name: string, document: unknown): Scenario {
  const org = s.organization;
  if (!org) throw new Error('invalid input: noOrganization');
  if (!POLICY_NAME.test(name)) throw new Error('invalid input: policyName');
  const taken = new Set(org.policies.map((p) => p.id));
  let n = org.policies.length + 1;
  while (taken.has(`p-pasted${n}`)) n++;
  const id = `p-pasted${n}`;
  const type = kind === 'scp' ? 'SERVICE_CONTROL_POLICY' : 'RESOURCE_CONTROL_POLICY';
  const list = kind === 'scp' ? 'scps' : 'rcps';
  return {
    ...s,
    organization: {
      ...org,
      policies: [...org.policies, { id, name, type, document }],
      root: { ...org.root, [list]: [...(org.root[list] ?? []), id] },
    },
  };
}
