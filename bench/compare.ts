/**
 * The same bundles through our engine and @cloud-copilot/iam-simulate (AGPL-3.0: a devDependency,
 * imported only here and in tests, never from src/). `toSimulation` is shared with
 * src/engine/evaluate/differential.test.ts, whose skips these mirror; each skip is a class documented in docs/divergences.md.
 */
import type { Simulation } from '@cloud-copilot/iam-simulate';
import type { BundleDoc, Json, PolicyDoc, Statement } from '../src/testSupport/arbitraries';
import { RCP_FULL_ACCESS, roleArn } from '../src/testSupport/arbitraries';

function principalKeys(principal: string): Record<string, string> {
  const account = principal.split(':')[4] ?? '';
  const user = /:user\/(.+)$/.exec(principal);
  if (user)
    return {
      'aws:PrincipalArn': principal,
      'aws:PrincipalAccount': account,
      'aws:PrincipalType': 'User',
      'aws:username': user[1] ?? '',
    };
  const role = principal.split('/')[1] ?? '';
  return {
    'aws:PrincipalArn': roleArn(account, role),
    'aws:PrincipalAccount': account,
    'aws:PrincipalType': 'AssumedRole',
  };
}

/**
 * Services whose resources RCPs govern, from the launch list on
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html
 * (restricted to the generators' vocabulary). iam-simulate applies RCPs to every service, so it only
 * gets the RCPs AWS would evaluate (docs/divergences.md, "RCPs outside their supported services");
 * our engine gets them all and must ignore the rest itself.
 */
const RCP_SERVICES = new Set(['s3', 'sts', 'kms']);

export function toSimulation(b: BundleDoc): Simulation {
  const named = (policies: PolicyDoc[] | undefined, prefix: string) =>
    (policies ?? []).map((policy, i) => ({ name: `${prefix}${i}`, policy }));
  const service = b.request.action.split(':')[0] ?? '';
  const simulation: Simulation = {
    request: {
      principal: b.request.principal,
      action: b.request.action,
      resource: b.request.resource,
      contextVariables: { ...b.request.context, ...principalKeys(b.request.principal) },
    },
    identityPolicies: named(b.identityPolicies, 'identity'),
    serviceControlPolicies: (b.serviceControlPolicies ?? []).map((l) => ({
      orgIdentifier: l.orgIdentifier,
      policies: named(l.policies, 'scp'),
    })),
    resourceControlPolicies: RCP_SERVICES.has(service)
      ? (b.resourceControlPolicies ?? []).map((l) => ({
          orgIdentifier: l.orgIdentifier,
          policies: named(
            l.policies.filter((p) => p !== RCP_FULL_ACCESS),
            'rcp',
          ),
        }))
      : [],
  };
  if (b.resourcePolicy) simulation.resourcePolicy = b.resourcePolicy;
  if (b.permissionBoundaries)
    simulation.permissionBoundaryPolicies = named(b.permissionBoundaries, 'boundary');
  if (b.sessionPolicy) simulation.sessionPolicy = b.sessionPolicy;
  return simulation;
}

export function allStatements(b: BundleDoc): Statement[] {
  const policies: PolicyDoc[] = [
    ...(b.identityPolicies ?? []),
    ...(b.resourcePolicy ? [b.resourcePolicy] : []),
    ...(b.permissionBoundaries ?? []),
    ...(b.sessionPolicy ? [b.sessionPolicy] : []),
    ...(b.serviceControlPolicies ?? []).flatMap((l) => l.policies),
    ...(b.resourceControlPolicies ?? []).flatMap((l) => l.policies),
  ];
  return policies.flatMap((p) => p.Statement);
}
export const conditionOf = (s: Statement) => (s.Condition ?? {}) as Record<string, Record<string, Json>>;
export const mentions = (value: Json | undefined, text: string) =>
  JSON.stringify(value ?? null).includes(text);

/** The divergence class a bundle falls in before running iam-simulate (docs/divergences.md), if any. */
export function skipBefore(b: BundleDoc): string | undefined {
  if ((b.request.action.startsWith('kms:') || b.request.action.startsWith('sts:')) && !b.resourcePolicy)
    return 'Roles and KMS keys without their own policy';
  const empty = Object.entries(b.request.context)
    .filter(([, v]) => Array.isArray(v) && v.length === 0)
    .map(([k]) => k.toLowerCase());
  if (
    allStatements(b).some((s) =>
      Object.keys(conditionOf(s).Null ?? {}).some((k) => empty.includes(k.toLowerCase())),
    )
  )
    return 'Empty multivalued context values and Null';
  if (
    principalKeys(b.request.principal)['aws:username'] === undefined &&
    allStatements(b).some(
      (s) =>
        mentions(s.NotResource, '${aws:username}') ||
        Object.entries(conditionOf(s)).some(
          ([op, keys]) => /Not/.test(op) && mentions(keys, '${aws:username}'),
        ),
    )
  )
    return 'Unresolved policy variables under negation';
  return undefined;
}

/** docs/divergences.md, "Session policies and resource-policy grants to a session or to \"*\"". */
export function skipAfter(
  b: BundleDoc,
  ours: { decision: string; decidedBy?: { kind: string; index: number } },
  theirs: string,
): boolean {
  const by = ours.decidedBy;
  if (
    theirs !== 'ImplicitlyDenied' ||
    !b.sessionPolicy ||
    !b.resourcePolicy ||
    ours.decision !== 'Allowed' ||
    !by
  )
    return false;
  if (by.kind !== 'resource' && by.kind !== 'trust') return false;
  const principal = b.resourcePolicy.Statement[by.index]?.Principal;
  return mentions(principal, '"*"') || mentions(principal, ':assumed-role/');
}
