/** The nodes of the trust graph, with the stable ids documented in docs/trust-graph.md. */
import { listDocuments } from '../../../model/documents';
import {
  accountOfArn,
  cliProfileId,
  instanceArn,
  podId,
  roleNameFromArn,
  serviceAccountId,
  type Scenario,
} from '../../../model/scenario';
import type { GraphEdge, GraphNode } from '../types';

export function buildNodes(scenario: Scenario): Map<string, GraphNode> {
  const nodes = new Map<string, GraphNode>();
  const documents = new Map<string, string[]>();
  for (const ref of listDocuments(scenario)) {
    const list = documents.get(ref.ownerId) ?? [];
    list.push(ref.id);
    documents.set(ref.ownerId, list);
  }
  const add = (node: GraphNode) => {
    const docs = documents.get(node.id);
    if (docs) node.documents = docs;
    nodes.set(node.id, node);
  };
  const withAccount = (node: GraphNode, arn: string): GraphNode => {
    const account = accountOfArn(arn);
    if (account !== undefined) node.account = account;
    return node;
  };

  for (const account of scenario.accounts)
    add({ id: account.id, kind: 'account', label: account.name, account: account.id });
  for (const user of scenario.users ?? [])
    add(withAccount({ id: user.arn, kind: 'user', label: roleNameFromArn(user.arn) }, user.arn));
  for (const group of scenario.groups ?? [])
    add(withAccount({ id: group.arn, kind: 'group', label: roleNameFromArn(group.arn) }, group.arn));
  for (const role of scenario.roles ?? []) {
    const node = withAccount({ id: role.arn, kind: 'role', label: roleNameFromArn(role.arn) }, role.arn);
    if (role.arn.includes(':role/aws-service-role/')) node.serviceLinked = true;
    node.maxSessionDuration = role.maxSessionDuration ?? 3600;
    add(node);
  }
  for (const instance of scenario.instances ?? []) {
    add({
      id: instanceArn(instance),
      kind: 'ec2Instance',
      label: instance.name ?? instance.id,
      account: instance.account,
    });
  }
  for (const cluster of scenario.eksClusters ?? []) {
    add(
      withAccount({ id: cluster.arn, kind: 'eksCluster', label: roleNameFromArn(cluster.arn) }, cluster.arn),
    );
    const serviceAccounts = new Set(
      (cluster.serviceAccounts ?? []).map((sa) => `${sa.namespace}/${sa.name}`),
    );
    for (const assoc of cluster.podIdentityAssociations ?? [])
      serviceAccounts.add(`${assoc.namespace}/${assoc.serviceAccount}`);
    for (const pod of cluster.pods ?? []) serviceAccounts.add(`${pod.namespace}/${pod.serviceAccount}`);
    for (const key of [...serviceAccounts].sort()) {
      const [namespace = '', name = ''] = key.split('/');
      add(
        withAccount(
          {
            id: serviceAccountId(cluster.arn, namespace, name),
            kind: 'serviceAccount',
            label: `${namespace}/${name}`,
            parent: cluster.arn,
          },
          cluster.arn,
        ),
      );
    }
    for (const pod of cluster.pods ?? []) {
      add(
        withAccount(
          {
            id: podId(cluster.arn, pod.namespace, pod.name),
            kind: 'pod',
            label: `${pod.namespace}/${pod.name}`,
            parent: cluster.arn,
          },
          cluster.arn,
        ),
      );
    }
  }
  for (const fn of scenario.lambdaFunctions ?? [])
    add(withAccount({ id: fn.arn, kind: 'lambdaFunction', label: fn.arn.split(':')[6] ?? fn.arn }, fn.arn));
  for (const task of scenario.ecsTaskDefinitions ?? [])
    add(withAccount({ id: task.arn, kind: 'ecsTask', label: roleNameFromArn(task.arn) }, task.arn));
  for (const idp of scenario.identityProviders ?? []) {
    add(
      withAccount(
        { id: idp.arn, kind: 'identityProvider', label: idp.arn.slice(idp.arn.indexOf('/') + 1) },
        idp.arn,
      ),
    );
  }
  for (const resource of scenario.resources ?? []) {
    const node: GraphNode = {
      id: resource.arn,
      kind: 'resource',
      label: resource.arn.split(':').slice(5).join(':') || resource.arn,
    };
    const account = resource.accountId ?? accountOfArn(resource.arn);
    if (account !== undefined) node.account = account;
    add(node);
  }
  for (const external of scenario.externalPrincipals ?? []) {
    add({
      id: external.id,
      kind: external.kind === 'account' ? 'externalAccount' : 'externalPrincipal',
      label: external.name,
    });
  }
  // A profile lives on whatever machine holds the file, in no account.
  for (const profile of scenario.cliProfiles ?? [])
    add({ id: cliProfileId(profile.name), kind: 'cliProfile', label: profile.name });
  return nodes;
}

/**
 * Nodes for what edges lead into without the scenario holding it (a workload's role in an account
 * not imported): an edge needs both ends drawn to say what it rests on.
 */
export function addEdgeTargets(nodes: Map<string, GraphNode>, edges: readonly GraphEdge[]): void {
  for (const e of edges) {
    if (nodes.has(e.to)) continue;
    const account = e.to.split(':')[4];
    nodes.set(e.to, {
      id: e.to,
      kind: 'externalPrincipal',
      label: e.to.slice(e.to.lastIndexOf('/') + 1),
      ...(account ? { account } : {}),
    });
  }
}
