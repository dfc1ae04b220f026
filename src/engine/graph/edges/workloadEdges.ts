/**
 * Edges from workloads to the roles they run as: EC2 instance profiles, Lambda execution roles, ECS
 * task roles, and EKS pods through their service accounts (IRSA and Pod Identity). Each is both
 * configured (something points there) and checked against the role's trust policy, so a broken
 * chain shows as such.
 */
import {
  instanceArn,
  instanceRoleOf,
  podId,
  serviceAccountId,
  type EksClusterSpec,
} from '../../../model/scenario';
import type { EdgeBuilder } from './edgeBuilder';
import { edgeNote, notedEdge } from './edgeNotes';
import { evaluateHop, type HopOutcome } from '../hops/evaluateHop';
import { addIrsaEdges, irsaIndex, type IrsaIndex } from './irsaEdges';
import { POD_IDENTITY_TAGS } from './podIdentityTags';
import { holdsAccountOf, type PreparedPrincipal, type PreparedScenario } from '../analysis/prepareScenario';

type Counter = { evaluations: number };

/** A service principal assuming a role, guarded by the confused-deputy keys AWS sets for it. */
function serviceHop(
  prepared: PreparedScenario,
  service: string,
  target: PreparedPrincipal,
  sourceArn: string,
  counter: Counter,
): HopOutcome {
  // The workload is in the role's own account (checked by the caller), so that is the source account.
  const context = { ...prepared.sourceKeys(target.account), 'aws:SourceArn': sourceArn };
  return evaluateHop(
    prepared,
    {
      principal: service,
      target,
      action: 'sts:AssumeRole',
      context,
      how: { mfa: false, fixed: new Set(Object.keys(context).map((k) => k.toLowerCase())) },
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
    if (!holdsAccountOf(prepared, roleArn)) edges.undecided(from, roleArn, kind);
    else edges.broken(from, roleArn, kind, edgeNote('role-not-in-scenario', { role: roleArn }));
    return;
  }
  const workloadAccount = from.split(':')[4];
  if (workloadAccount !== target.account) {
    // id_roles_use_passrole.html: a role can only be passed to a service in the same account.
    edges.broken(
      from,
      roleArn,
      kind,
      edgeNote('passrole-other-account', {
        roleAccount: target.account,
        workloadAccount: workloadAccount ?? '?',
      }),
    );
    return;
  }
  edges.fromHops(from, roleArn, kind, true, [
    { action: 'sts:AssumeRole', outcome: serviceHop(prepared, service, target, from, counter) },
  ]);
}

export function addWorkloadEdges(prepared: PreparedScenario, edges: EdgeBuilder, counter: Counter): void {
  const { scenario } = prepared;
  const roleOf = instanceRoleOf(scenario);
  for (const instance of scenario.instances ?? []) {
    const roleArn = roleOf(instance);
    const from = instanceArn(instance);
    if (!roleArn) {
      edges.broken(
        from,
        instance.instanceProfileArn,
        'InstanceProfile',
        edgeNote('instance-profile-no-role', { instanceProfile: instance.instanceProfileArn }),
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
  if (clusters.length === 0) return;
  const irsa = irsaIndex(prepared);
  for (const cluster of clusters) addClusterEdges(prepared, cluster, edges, counter, irsa);
}

function addClusterEdges(
  prepared: PreparedScenario,
  cluster: EksClusterSpec,
  edges: EdgeBuilder,
  counter: Counter,
  irsa: IrsaIndex,
): void {
  const clusterAccount = cluster.arn.split(':')[4] ?? '';
  for (const pod of cluster.pods ?? []) {
    const note = edgeNote('pod-runs-as', {
      pod: `${pod.namespace}/${pod.name}`,
      serviceAccount: `${pod.namespace}/${pod.serviceAccount}`,
    });
    edges.add(
      notedEdge(
        podId(cluster.arn, pod.namespace, pod.name),
        serviceAccountId(cluster.arn, pod.namespace, pod.serviceAccount),
        'RunsAs',
        note,
      ),
    );
  }
  addIrsaEdges(prepared, cluster, edges, counter, irsa);

  const clusterName = cluster.arn.slice(cluster.arn.lastIndexOf('/') + 1);
  for (const assoc of cluster.podIdentityAssociations ?? []) {
    const from = serviceAccountId(cluster.arn, assoc.namespace, assoc.serviceAccount);
    const target = prepared.principals.get(assoc.roleArn);
    if (target?.kind !== 'role') {
      if (!holdsAccountOf(prepared, assoc.roleArn)) edges.undecided(from, assoc.roleArn, 'PodIdentity');
      else
        edges.broken(
          from,
          assoc.roleArn,
          'PodIdentity',
          edgeNote('role-not-in-scenario', { role: assoc.roleArn }),
        );
      continue;
    }
    if (target.account !== clusterAccount) {
      edges.broken(
        from,
        assoc.roleArn,
        'PodIdentity',
        edgeNote('pod-identity-other-account', { clusterAccount }),
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
      ...prepared.sourceKeys(clusterAccount),
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
        edges.broken(
          assoc.roleArn,
          assoc.targetRoleArn,
          'AssumeRole',
          edgeNote('target-role-not-in-scenario', { role: assoc.targetRoleArn }),
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
        // The association's role is the caller: what its policies rest on, this hop does too.
        { chained: true, assumptions: target.assumptions },
      );
    }
  }
}
