/**
 * EKS: `aws eks describe-cluster` (the OIDC issuer IRSA tokens come from), `aws eks describe-nodegroup`
 * (the node role every pod can reach through IMDS) and Pod Identity associations, one from
 * `describe-pod-identity-association` or many as a list.
 */
import type { EksClusterSpec, PodIdentityAssociationSpec, Scenario } from '../model/scenario';
import { isIamRoleArn, splitArn } from './common';
import { elements, isObject, prop, propBool, propStr, str, type Located, type Reporter } from './located';
import type { ScenarioFragment } from './types';

function clusterArnIsValid(arn: string): boolean {
  return /^arn:aws[a-z-]*:eks:[a-z0-9-]+:\d{12}:cluster\/[^/]+$/.test(arn);
}

export function importEksCluster(doc: Located, reporter: Reporter): ScenarioFragment {
  const cluster = prop(doc, 'cluster');
  const arn = propStr(cluster, 'arn');
  if (arn === undefined || !clusterArnIsValid(arn)) {
    reporter.error('eks-cluster-arn-missing', {}, prop(cluster, 'arn') ?? cluster ?? doc);
    return {};
  }
  const spec: EksClusterSpec = { arn };
  const issuerLoc = prop(prop(prop(cluster, 'identity'), 'oidc'), 'issuer');
  const issuer = str(issuerLoc);
  if (issuer !== undefined) {
    if (!issuer.startsWith('https://')) reporter.warning('eks-issuer-not-https', { issuer }, issuerLoc);
    spec.oidcIssuer = issuer;
  }
  return { eksClusters: [spec] };
}

export function importEksNodegroup(doc: Located, reporter: Reporter): ScenarioFragment {
  const nodegroup = prop(doc, 'nodegroup');
  const arn = propStr(nodegroup, 'nodegroupArn');
  const nodeRole = propStr(nodegroup, 'nodeRole');
  // arn:aws:eks:REGION:ACCT:nodegroup/CLUSTER/NODEGROUP/UUID names the cluster it belongs to.
  const parts = arn === undefined ? undefined : splitArn(arn);
  const clusterName = parts?.resource.split('/')[1];
  if (!parts || !parts.resource.startsWith('nodegroup/') || !clusterName) {
    reporter.error('eks-nodegroup-arn-missing', {}, prop(nodegroup, 'nodegroupArn') ?? nodegroup ?? doc);
    return {};
  }
  if (nodeRole === undefined || !isIamRoleArn(nodeRole)) {
    reporter.error('eks-nodegroup-role-missing', {}, prop(nodegroup, 'nodeRole') ?? nodegroup);
    return {};
  }
  const clusterArn = `arn:${parts.partition}:eks:${parts.region}:${parts.account}:cluster/${clusterName}`;
  return { eksClusters: [{ arn: clusterArn, nodeRoleArns: [nodeRole] }] };
}

/** The associations of a file: `{association}`, `{associations: [...]}` or a bare list of either. */
function associationItems(doc: Located): Located[] {
  const single = prop(doc, 'association');
  if (single) return [single];
  const list = doc.node.kind === 'array' ? elements(doc) : elements(prop(doc, 'associations'));
  return list.map((item) => prop(item, 'association') ?? item);
}

/** The cluster an association belongs to: its ARN names region, account and cluster; else match by name. */
function clusterFor(item: Located, clusterName: string | undefined, context: Scenario): string | undefined {
  const associationArn = propStr(item, 'associationArn');
  const parts = associationArn === undefined ? undefined : splitArn(associationArn);
  const [type, name] = parts?.resource.split('/') ?? [];
  if (parts && type === 'podidentityassociation' && name) {
    return `arn:${parts.partition}:eks:${parts.region}:${parts.account}:cluster/${name}`;
  }
  if (clusterName === undefined) return undefined;
  const matches = (context.eksClusters ?? []).filter((c) => c.arn.endsWith(`:cluster/${clusterName}`));
  return matches.length === 1 ? matches[0]?.arn : undefined;
}

export function importPodIdentity(doc: Located, context: Scenario, reporter: Reporter): ScenarioFragment {
  const byCluster = new Map<string, PodIdentityAssociationSpec[]>();
  const items = associationItems(doc);
  for (const item of items) {
    if (!isObject(item)) {
      reporter.error('eks-association-not-object', {}, item);
      continue;
    }
    const clusterName = propStr(item, 'clusterName');
    const namespace = propStr(item, 'namespace');
    const serviceAccount = propStr(item, 'serviceAccount');
    const roleArn = propStr(item, 'roleArn');
    const association = propStr(item, 'associationId') ?? `${namespace ?? '?'}/${serviceAccount ?? '?'}`;
    if (namespace === undefined || serviceAccount === undefined) {
      reporter.error('eks-association-incomplete', { association }, item);
      continue;
    }
    if (roleArn === undefined) {
      // list-pod-identity-associations leaves the role out; only describe-… has it.
      reporter.error('eks-association-without-role', { association }, item);
      continue;
    }
    const clusterArn = clusterFor(item, clusterName, context);
    if (clusterArn === undefined) {
      reporter.error(
        'eks-association-cluster-unknown',
        { association, cluster: clusterName ?? '' },
        prop(item, 'clusterName') ?? item,
      );
      continue;
    }
    const spec: PodIdentityAssociationSpec = { namespace, serviceAccount, roleArn };
    const associationId = propStr(item, 'associationId');
    const targetRoleArn = propStr(item, 'targetRoleArn');
    const externalId = propStr(item, 'externalId');
    const disableSessionTags = propBool(item, 'disableSessionTags');
    if (associationId !== undefined) spec.associationId = associationId;
    if (targetRoleArn !== undefined) spec.targetRoleArn = targetRoleArn;
    if (externalId !== undefined) spec.externalId = externalId;
    if (disableSessionTags !== undefined) spec.disableSessionTags = disableSessionTags;
    const list = byCluster.get(clusterArn) ?? [];
    list.push(spec);
    byCluster.set(clusterArn, list);
  }
  if (items.length === 0) reporter.warning('eks-associations-empty', {});
  return {
    eksClusters: [...byCluster].map(([arn, podIdentityAssociations]) => ({ arn, podIdentityAssociations })),
  };
}
