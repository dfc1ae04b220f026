/**
 * Edges from workloads to the roles they run as: EC2 instance profiles, Lambda execution roles, ECS
 * task roles, and EKS pods through their service accounts (IRSA and Pod Identity). Each is both
 * configured (something points there) and checked against the role's trust policy, so a broken
 * chain shows as such.
 */
import { instanceArn, podId, serviceAccountId, type EksClusterSpec } from '../../model/scenario';
import type { EdgeBuilder } from './edgeBuilder';
import { evaluateHop, type HopOutcome } from './evaluateHop';
import type { PreparedPrincipal, PreparedScenario } from './prepareScenario';
import type { GraphEdge } from './types';

type Counter = { evaluations: number };

/** The session tags EKS Pod Identity sets on every session, and so passes down a role chain. */
export const POD_IDENTITY_TAGS = [
  'eks-cluster-arn',
  'eks-cluster-name',
  'kubernetes-namespace',
  'kubernetes-service-account',
  'kubernetes-pod-name',
  'kubernetes-pod-uid',
];

function brokenEdge(
  edges: EdgeBuilder,
  from: string,
  to: string,
  kind: GraphEdge['kind'],
  explanation: string,
): void {
  edges.add({
    from,
    to,
    kind,
    configured: true,
    permitted: false,
    conditional: false,
    conditions: [],
    explanation,
    decisions: [],
    chained: false,
  });
}

/** A service principal assuming a role, guarded by the confused-deputy keys AWS sets for it. */
function serviceHop(
  prepared: PreparedScenario,
  service: string,
  target: PreparedPrincipal,
  sourceArn: string,
  counter: Counter,
): HopOutcome {
  // The workload is in the role's own account (checked by the caller), so that is the source account.
  return evaluateHop(
    prepared,
    {
      principal: service,
      target,
      action: 'sts:AssumeRole',
      context: { 'aws:SourceAccount': target.account, 'aws:SourceArn': sourceArn },
      how: { mfa: false, fixed: new Set(['aws:sourceaccount', 'aws:sourcearn']) },
    },
    counter,
  );
}

function workloadEdge(
  prepared: PreparedScenario,
  edges: EdgeBuilder,
  counter: Counter,
  from: string,
  roleArn: string,
  kind: 'InstanceProfile' | 'ExecutionRole',
  service: string,
): void {
  const target = prepared.principals.get(roleArn);
  if (target?.kind !== 'role') {
    brokenEdge(edges, from, roleArn, kind, `Broken: ${roleArn} is not a role in this scenario.`);
    return;
  }
  const workloadAccount = from.split(':')[4];
  if (workloadAccount !== target.account) {
    // id_roles_use_passrole.html: a role can only be passed to a service in the same account.
    brokenEdge(
      edges,
      from,
      roleArn,
      kind,
      `Broken: the role is in account ${target.account} but the workload is in account ${workloadAccount ?? '?'}; a role can only be passed to a service in its own account.`,
    );
    return;
  }
  edges.fromHops(from, roleArn, kind, true, [
    { action: 'sts:AssumeRole', outcome: serviceHop(prepared, service, target, from, counter) },
  ]);
}

export function addWorkloadEdges(prepared: PreparedScenario, edges: EdgeBuilder, counter: Counter): void {
  const { scenario } = prepared;
  const profileRoles = new Map<string, string>();
  for (const role of scenario.roles ?? [])
    for (const profile of role.instanceProfiles ?? []) profileRoles.set(profile, role.arn);

  for (const instance of scenario.instances ?? []) {
    const roleArn = instance.roleArn ?? profileRoles.get(instance.instanceProfileArn);
    const from = instanceArn(instance);
    if (!roleArn) {
      brokenEdge(
        edges,
        from,
        instance.instanceProfileArn,
        'InstanceProfile',
        `Broken: no role is known for instance profile ${instance.instanceProfileArn}.`,
      );
      continue;
    }
    workloadEdge(prepared, edges, counter, from, roleArn, 'InstanceProfile', 'ec2.amazonaws.com');
  }
  for (const fn of scenario.lambdaFunctions ?? [])
    workloadEdge(prepared, edges, counter, fn.arn, fn.roleArn, 'ExecutionRole', 'lambda.amazonaws.com');
  for (const task of scenario.ecsTaskDefinitions ?? []) {
    for (const roleArn of [task.taskRoleArn, task.executionRoleArn]) {
      if (roleArn)
        workloadEdge(prepared, edges, counter, task.arn, roleArn, 'ExecutionRole', 'ecs-tasks.amazonaws.com');
    }
  }
  const clusters = scenario.eksClusters ?? [];
  const byIssuer = clusters.length > 0 ? rolesByOidcIssuer(prepared) : new Map<string, string[]>();
  for (const cluster of clusters) addClusterEdges(prepared, cluster, edges, counter, byIssuer);
}

const OIDC = ':oidc-provider/';

/**
 * Roles by the OIDC issuer their trust names, in role order: one pass over the roles instead of one
 * per cluster (hundreds of clusters times a hundred thousand roles otherwise).
 */
function rolesByOidcIssuer(prepared: PreparedScenario): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const role of prepared.roles) {
    const issuers = new Set<string>();
    for (const s of role.trust?.statements ?? [])
      for (const p of s.principals)
        if (p.kind === 'federated')
          // Every text after a ":oidc-provider/" is an issuer trustsIssuer would match by suffix.
          for (let at = p.provider.indexOf(OIDC); at >= 0; at = p.provider.indexOf(OIDC, at + 1))
            issuers.add(p.provider.slice(at + OIDC.length));
    for (const issuer of issuers) {
      const list = index.get(issuer);
      if (list) list.push(role.arn);
      else index.set(issuer, [role.arn]);
    }
  }
  return index;
}

function addClusterEdges(
  prepared: PreparedScenario,
  cluster: EksClusterSpec,
  edges: EdgeBuilder,
  counter: Counter,
  byIssuer: Map<string, string[]>,
): void {
  const clusterAccount = cluster.arn.split(':')[4] ?? '';
  for (const pod of cluster.pods ?? []) {
    edges.add({
      from: podId(cluster.arn, pod.namespace, pod.name),
      to: serviceAccountId(cluster.arn, pod.namespace, pod.serviceAccount),
      kind: 'RunsAs',
      configured: true,
      permitted: true,
      conditional: false,
      conditions: [],
      explanation: `Pod ${pod.namespace}/${pod.name} runs as service account ${pod.namespace}/${pod.serviceAccount}.`,
      decisions: [],
      chained: false,
    });
  }
  addIrsaEdges(prepared, cluster, edges, counter, byIssuer);

  const clusterName = cluster.arn.slice(cluster.arn.lastIndexOf('/') + 1);
  for (const assoc of cluster.podIdentityAssociations ?? []) {
    const from = serviceAccountId(cluster.arn, assoc.namespace, assoc.serviceAccount);
    const target = prepared.principals.get(assoc.roleArn);
    if (target?.kind !== 'role') {
      brokenEdge(
        edges,
        from,
        assoc.roleArn,
        'PodIdentity',
        `Broken: ${assoc.roleArn} is not a role in this scenario.`,
      );
      continue;
    }
    if (target.account !== clusterAccount) {
      brokenEdge(
        edges,
        from,
        assoc.roleArn,
        'PodIdentity',
        `Broken: a Pod Identity association's role must be in the cluster's account ${clusterAccount}; use targetRoleArn to reach another account.`,
      );
      continue;
    }
    const pod = (cluster.pods ?? []).find(
      (p) => p.namespace === assoc.namespace && p.serviceAccount === assoc.serviceAccount,
    );
    const tags: Record<string, string> = assoc.disableSessionTags
      ? {}
      : {
          'aws:RequestTag/eks-cluster-arn': cluster.arn,
          'aws:RequestTag/eks-cluster-name': clusterName,
          'aws:RequestTag/kubernetes-namespace': assoc.namespace,
          'aws:RequestTag/kubernetes-service-account': assoc.serviceAccount,
          'aws:RequestTag/kubernetes-pod-name': pod?.name ?? `${assoc.serviceAccount}-pod`,
          'aws:RequestTag/kubernetes-pod-uid': '00000000-0000-0000-0000-000000000000',
        };
    const context = {
      ...tags,
      ...(assoc.disableSessionTags
        ? {}
        : { 'aws:TagKeys': Object.keys(tags).map((k) => k.slice('aws:RequestTag/'.length)) }),
      'aws:SourceAccount': clusterAccount,
      'aws:SourceArn': cluster.arn,
    };
    // Session tags are EKS's to set, never the caller's: even when disabled, nobody can supply them.
    const fixed = new Set([
      ...Object.keys(context).map((k) => k.toLowerCase()),
      ...POD_IDENTITY_TAGS.map((t) => `aws:requesttag/${t}`),
      'aws:tagkeys',
    ]);
    const hop = (action: string) =>
      evaluateHop(
        prepared,
        { principal: 'pods.eks.amazonaws.com', target, action, context, how: { mfa: false, fixed } },
        counter,
      );
    const edge = edges.fromHops(from, assoc.roleArn, 'PodIdentity', true, [
      { action: 'sts:AssumeRole', outcome: hop('sts:AssumeRole') },
      { action: 'sts:TagSession', outcome: hop('sts:TagSession') },
    ]);
    if (assoc.targetRoleArn && edge?.permitted) {
      const second = prepared.principals.get(assoc.targetRoleArn);
      if (second?.kind !== 'role') {
        brokenEdge(
          edges,
          assoc.roleArn,
          assoc.targetRoleArn,
          'AssumeRole',
          `Broken: target role ${assoc.targetRoleArn} is not in this scenario.`,
        );
        continue;
      }
      const outcome = evaluateHop(
        prepared,
        {
          principal: target.arn,
          caller: target,
          target: second,
          action: 'sts:AssumeRole',
          context: assoc.externalId ? { 'sts:ExternalId': assoc.externalId } : {},
          how: { mfa: false, fixed: new Set(['sts:externalid']) },
        },
        counter,
      );
      edges.fromHops(
        assoc.roleArn,
        assoc.targetRoleArn,
        'AssumeRole',
        true,
        [{ action: 'sts:AssumeRole', outcome }],
        { chained: true },
      );
    }
  }
}

/** IRSA: every service account of the cluster against every role trusting the cluster's OIDC provider. */
function addIrsaEdges(
  prepared: PreparedScenario,
  cluster: EksClusterSpec,
  edges: EdgeBuilder,
  counter: Counter,
  byIssuer: Map<string, string[]>,
): void {
  const issuer = clusterIssuer(cluster);
  const serviceAccounts = cluster.serviceAccounts ?? [];
  const annotated = serviceAccounts.filter((sa) => sa.roleArn);
  if (!issuer) {
    for (const sa of annotated) {
      brokenEdge(
        edges,
        serviceAccountId(cluster.arn, sa.namespace, sa.name),
        sa.roleArn ?? '',
        'AssumeRoleWithWebIdentity',
        `Broken: cluster ${cluster.arn} has no OIDC issuer, so IRSA cannot work.`,
      );
    }
    return;
  }
  const providers = new Set((prepared.scenario.identityProviders ?? []).map((p) => p.arn));
  const candidates = new Set([
    ...annotated.map((sa) => sa.roleArn ?? ''),
    // An issuer that itself holds ":oidc-provider/" (never a real one) takes the exact scan.
    ...(issuer.includes(OIDC)
      ? prepared.roles.filter((r) => trustsIssuer(r, issuer)).map((r) => r.arn)
      : (byIssuer.get(issuer) ?? [])),
  ]);
  for (const roleArn of candidates) {
    const target = prepared.principals.get(roleArn);
    for (const sa of serviceAccounts) {
      const from = serviceAccountId(cluster.arn, sa.namespace, sa.name);
      const configured = sa.roleArn === roleArn;
      if (target?.kind !== 'role') {
        if (configured)
          brokenEdge(
            edges,
            from,
            roleArn,
            'AssumeRoleWithWebIdentity',
            `Broken: ${roleArn} is not a role in this scenario.`,
          );
        continue;
      }
      const provider = `arn:aws:iam::${target.account}:oidc-provider/${issuer}`;
      if (!providers.has(provider)) {
        if (configured) {
          brokenEdge(
            edges,
            from,
            roleArn,
            'AssumeRoleWithWebIdentity',
            `Broken: account ${target.account} has no IAM OIDC provider for ${issuer}; create one, or chain through a role in the cluster's account.`,
          );
        }
        continue;
      }
      const context = {
        [`${issuer}:sub`]: `system:serviceaccount:${sa.namespace}:${sa.name}`,
        [`${issuer}:aud`]: sa.audience ?? 'sts.amazonaws.com',
      };
      const fixed = new Set(Object.keys(context).map((k) => k.toLowerCase()));
      const outcome = evaluateHop(
        prepared,
        {
          principal: provider,
          target,
          action: 'sts:AssumeRoleWithWebIdentity',
          context,
          how: { mfa: false, fixed },
          denialShown: configured,
        },
        counter,
      );
      edges.fromHops(from, roleArn, 'AssumeRoleWithWebIdentity', configured, [
        { action: 'sts:AssumeRoleWithWebIdentity', outcome },
      ]);
    }
  }
}

/** A cluster's OIDC issuer as providers name it (without `https://`). */
export function clusterIssuer(cluster: Pick<EksClusterSpec, 'oidcIssuer'>): string | undefined {
  return cluster.oidcIssuer?.replace(/^https:\/\//, '');
}

/** Whether some statement of the role's trust names the issuer's provider as Federated principal. */
export function trustsIssuer(role: PreparedPrincipal, issuer: string): boolean {
  return (role.trust?.statements ?? []).some((s) =>
    s.principals.some((p) => p.kind === 'federated' && p.provider.endsWith(`:oidc-provider/${issuer}`)),
  );
}
