/**
 * Kubernetes YAML (or kubectl JSON): ServiceAccounts with their IRSA annotations, Pods, and the pod
 * templates of workloads, which stand for the pods they will create. Kubernetes objects do not say
 * which cluster they belong to, so they join the only EKS cluster the scenario knows, or a placeholder.
 */
import type { PodSpec, Scenario, ServiceAccountSpec } from '../model/scenario';
import { isIamRoleArn } from './common';
import { elements, prop, propStr, root, type Located, type Reporter } from './located';
import { UNKNOWN_CLUSTER_ARN, type ScenarioFragment } from './types';
import { parseYamlDocuments } from './yamlNodes';

const ROLE_ANNOTATION = 'eks.amazonaws.com/role-arn';
const AUDIENCE_ANNOTATION = 'eks.amazonaws.com/audience';

/** Where each workload kind keeps its pod template. */
const TEMPLATE_PATHS: Readonly<Record<string, readonly string[]>> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

/** Lists nest only by mistake; the cap keeps a hostile file from recursing for long. */
const MAX_LIST_DEPTH = 8;

interface Collected {
  serviceAccounts: ServiceAccountSpec[];
  pods: PodSpec[];
}

function dig(loc: Located | undefined, keys: readonly string[]): Located | undefined {
  let current = loc;
  for (const key of keys) current = prop(current, key);
  return current;
}

/** The service account a pod spec runs as; `serviceAccount` is the deprecated alias kubectl still accepts. */
function serviceAccountOf(podSpec: Located | undefined): string {
  return propStr(podSpec, 'serviceAccountName') ?? propStr(podSpec, 'serviceAccount') ?? 'default';
}

function readServiceAccount(
  object: Located,
  namespace: string,
  name: string,
  reporter: Reporter,
): ServiceAccountSpec {
  const annotations = prop(prop(object, 'metadata'), 'annotations');
  const roleArn = propStr(annotations, ROLE_ANNOTATION);
  const audience = propStr(annotations, AUDIENCE_ANNOTATION);
  if (roleArn !== undefined && !isIamRoleArn(roleArn)) {
    reporter.warning(
      'k8s-role-arn-invalid',
      { namespace, name, arn: roleArn },
      prop(annotations, ROLE_ANNOTATION),
    );
  }
  const sa: ServiceAccountSpec = { namespace, name };
  if (roleArn !== undefined) sa.roleArn = roleArn;
  if (audience !== undefined) sa.audience = audience;
  return sa;
}

function collect(object: Located, out: Collected, reporter: Reporter, depth: number): void {
  const kind = propStr(object, 'kind');
  if (kind === undefined) {
    reporter.warning('k8s-object-without-kind', {}, object);
    return;
  }
  if (kind === 'List' || kind.endsWith('List')) {
    if (depth >= MAX_LIST_DEPTH) return;
    for (const item of elements(prop(object, 'items'))) collect(item, out, reporter, depth + 1);
    return;
  }
  const metadata = prop(object, 'metadata');
  const name = propStr(metadata, 'name');
  const namespace = propStr(metadata, 'namespace') ?? 'default';
  const isRelevant = kind === 'ServiceAccount' || kind === 'Pod' || TEMPLATE_PATHS[kind] !== undefined;
  if (!isRelevant) return;
  if (name === undefined) {
    reporter.error('k8s-object-without-name', { kind }, metadata ?? object);
    return;
  }
  if (kind === 'ServiceAccount') {
    out.serviceAccounts.push(readServiceAccount(object, namespace, name, reporter));
    return;
  }
  if (kind === 'Pod') {
    const pod: PodSpec = { namespace, name, serviceAccount: serviceAccountOf(prop(object, 'spec')) };
    const owner = elements(prop(metadata, 'ownerReferences'))[0];
    const ownerKind = propStr(owner, 'kind');
    const ownerName = propStr(owner, 'name');
    if (ownerKind !== undefined && ownerName !== undefined) pod.owner = `${ownerKind}/${ownerName}`;
    out.pods.push(pod);
    return;
  }
  const template = dig(object, TEMPLATE_PATHS[kind] ?? []);
  if (!template) {
    reporter.warning('k8s-workload-without-template', { kind, namespace, name }, object);
    return;
  }
  out.pods.push({
    namespace,
    name,
    serviceAccount: serviceAccountOf(prop(template, 'spec')),
    owner: `${kind}/${name}`,
  });
}

export function importKubernetes(text: string, context: Scenario, reporter: Reporter): ScenarioFragment {
  const parsed = parseYamlDocuments(text);
  for (const error of parsed.errors) {
    reporter.error(
      error.code,
      { ...error.params, document: error.documentIndex + 1 },
      {
        field: `documents[${error.documentIndex}]`,
        line: error.line,
        column: error.column,
      },
    );
  }
  const out: Collected = { serviceAccounts: [], pods: [] };
  for (const doc of parsed.documents) {
    if (!doc.value) continue;
    const object = root(doc.value, `documents[${doc.index}]`);
    if (doc.value.kind !== 'object') {
      reporter.error('k8s-document-not-object', {}, object);
      continue;
    }
    collect(object, out, reporter, 0);
  }
  if (out.serviceAccounts.length === 0 && out.pods.length === 0) {
    reporter.warning('k8s-empty', {});
    return {};
  }
  const clusters = context.eksClusters ?? [];
  const known = clusters.filter((c) => c.arn !== UNKNOWN_CLUSTER_ARN);
  let clusterArn = UNKNOWN_CLUSTER_ARN;
  if (known.length === 1 && known[0]) clusterArn = known[0].arn;
  else {
    if (known.length === 0) reporter.warning('k8s-cluster-unknown', {});
    else reporter.warning('k8s-cluster-ambiguous', { count: known.length });
  }
  const cluster: NonNullable<Scenario['eksClusters']>[number] = { arn: clusterArn };
  if (out.serviceAccounts.length > 0) cluster.serviceAccounts = out.serviceAccounts;
  if (out.pods.length > 0) cluster.pods = out.pods;
  return { eksClusters: [cluster] };
}
