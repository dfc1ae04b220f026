/**
 * What runs as a role in a plan: EC2 instances and launch templates (their instance profile), Lambda
 * functions, EKS clusters with their OIDC issuer, node groups, Pod Identity associations and
 * Kubernetes service accounts (`kubernetes_service_account` and `_v1`, annotated for IRSA), and IAM
 * OIDC providers.
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_pod_identity_association
 */
import type {
  Ec2InstanceSpec,
  EksClusterSpec,
  IdentityProviderSpec,
  LambdaFunctionSpec,
  PodIdentityAssociationSpec,
  ServiceAccountSpec,
} from '../../model/scenario';
import { defined } from '../common';
import { prop } from '../located';
import { UNKNOWN_CLUSTER_ARN } from '../types';
import { instancesOf, listAt, stringAt, type TfContext } from './context';
import { arnOf, nameOf } from './derive';
import { placeholderHex } from './placeholders';
import { accountOf, regionOf } from './placement';
import type { TfInstance } from './planDocument';

/** The ARN of an instance profile named in the plan, or built in the instance's account. */
function profileArn(ctx: TfContext, instance: TfInstance, name: string): string {
  if (name.startsWith('arn:')) return name;
  const profile = instancesOf(ctx, 'aws_iam_instance_profile').find((p) => nameOf(ctx, p) === name);
  return (
    (profile && arnOf(ctx, profile)) ?? `arn:aws:iam::${accountOf(ctx, instance)}:instance-profile/${name}`
  );
}

function instanceSpec(ctx: TfContext, instance: TfInstance, profile: string, id: string): Ec2InstanceSpec {
  return {
    id,
    account: accountOf(ctx, instance),
    region: regionOf(ctx, instance),
    instanceProfileArn: profileArn(ctx, instance, profile),
    name: instance.address,
  };
}

function readInstances(ctx: TfContext): Ec2InstanceSpec[] {
  const instances = instancesOf(ctx, 'aws_instance').flatMap((instance) => {
    const profile = stringAt(ctx, instance, ['iam_instance_profile']);
    if (profile === undefined) return [];
    const id = stringAt(ctx, instance, ['id']) ?? `i-${placeholderHex(instance.address, 17)}`;
    return [instanceSpec(ctx, instance, profile, id)];
  });
  // A launch template stands for the instances it will launch (an Auto Scaling group's, a node group's).
  const launched = instancesOf(ctx, 'aws_launch_template').flatMap((template) => {
    const profile =
      stringAt(ctx, template, ['iam_instance_profile', 0, 'arn']) ??
      stringAt(ctx, template, ['iam_instance_profile', 0, 'name']);
    if (profile === undefined) return [];
    const id = `i-${placeholderHex(template.address, 17)}`;
    ctx.reporter.assume('tf-launch-template', { address: template.address, instance: id });
    return [instanceSpec(ctx, template, profile, id)];
  });
  return [...instances, ...launched];
}

function readFunctions(ctx: TfContext): LambdaFunctionSpec[] {
  return instancesOf(ctx, 'aws_lambda_function').flatMap((instance) => {
    const roleArn = stringAt(ctx, instance, ['role']);
    const arn = arnOf(ctx, instance);
    return roleArn === undefined || arn === undefined ? [] : [{ arn, roleArn }];
  });
}

function readProviders(ctx: TfContext): IdentityProviderSpec[] {
  return instancesOf(ctx, 'aws_iam_openid_connect_provider').flatMap((instance) => {
    const arn = arnOf(ctx, instance);
    const clientIds = listAt(ctx, instance, ['client_id_list']);
    return arn === undefined
      ? []
      : [defined<IdentityProviderSpec>({ arn, clientIds: clientIds.length > 0 ? clientIds : undefined })];
  });
}

/** The issuer EKS gives a new cluster (`https://oidc.eks.REGION.amazonaws.com/id/ID`), made up until apply. */
export function issuerOf(ctx: TfContext, instance: TfInstance): string {
  const known = stringAt(ctx, instance, ['identity', 0, 'oidc', 0, 'issuer']);
  if (known !== undefined) return known;
  const placeholder = `https://oidc.eks.${regionOf(ctx, instance)}.amazonaws.com/id/${placeholderHex(instance.address, 32).toUpperCase()}`;
  ctx.reporter.assume('tf-known-after-apply', {
    address: instance.address,
    attribute: 'identity[0].oidc[0].issuer',
    placeholder,
  });
  return placeholder;
}

function readClusters(ctx: TfContext): Map<string, EksClusterSpec> {
  const clusters = new Map<string, EksClusterSpec>();
  for (const instance of instancesOf(ctx, 'aws_eks_cluster')) {
    const arn = arnOf(ctx, instance);
    if (arn !== undefined) clusters.set(nameOf(ctx, instance), { arn, oidcIssuer: issuerOf(ctx, instance) });
  }
  return clusters;
}

/** The cluster a resource names, or one built from its name in the resource's account and region. */
function clusterNamed(
  ctx: TfContext,
  clusters: Map<string, EksClusterSpec>,
  instance: TfInstance,
  name: string,
): EksClusterSpec {
  let cluster = clusters.get(name);
  if (!cluster) {
    cluster = { arn: `arn:aws:eks:${regionOf(ctx, instance)}:${accountOf(ctx, instance)}:cluster/${name}` };
    clusters.set(name, cluster);
  }
  return cluster;
}

function addNodeGroups(ctx: TfContext, clusters: Map<string, EksClusterSpec>): void {
  for (const instance of instancesOf(ctx, 'aws_eks_node_group')) {
    const name = stringAt(ctx, instance, ['cluster_name']);
    const role = stringAt(ctx, instance, ['node_role_arn']);
    if (name === undefined || role === undefined) continue;
    const cluster = clusterNamed(ctx, clusters, instance, name);
    cluster.nodeRoleArns = [...new Set([...(cluster.nodeRoleArns ?? []), role])];
  }
}

function addPodIdentity(ctx: TfContext, clusters: Map<string, EksClusterSpec>): void {
  for (const instance of instancesOf(ctx, 'aws_eks_pod_identity_association')) {
    const name = stringAt(ctx, instance, ['cluster_name']);
    const namespace = stringAt(ctx, instance, ['namespace']);
    const serviceAccount = stringAt(ctx, instance, ['service_account']);
    const roleArn = stringAt(ctx, instance, ['role_arn']);
    if (
      name === undefined ||
      namespace === undefined ||
      serviceAccount === undefined ||
      roleArn === undefined
    ) {
      ctx.reporter.error('tf-pod-identity-incomplete', { address: instance.address }, instance.values);
      continue;
    }
    const disable = prop(instance.values, 'disable_session_tags')?.node;
    const association = defined<PodIdentityAssociationSpec>({
      associationId: stringAt(ctx, instance, ['association_id']),
      namespace,
      serviceAccount,
      roleArn,
      targetRoleArn: stringAt(ctx, instance, ['target_role_arn']),
      disableSessionTags: disable?.kind === 'boolean' && disable.value ? true : undefined,
    });
    const cluster = clusterNamed(ctx, clusters, instance, name);
    cluster.podIdentityAssociations = [...(cluster.podIdentityAssociations ?? []), association];
  }
}

/** Service accounts join the plan's only cluster; with none or several, a placeholder cluster. */
function addServiceAccounts(ctx: TfContext, clusters: Map<string, EksClusterSpec>): void {
  const only = clusters.size === 1 ? [...clusters.values()][0] : undefined;
  const types = ['kubernetes_service_account', 'kubernetes_service_account_v1'];
  for (const instance of types.flatMap((type) => instancesOf(ctx, type))) {
    const name = stringAt(ctx, instance, ['metadata', 0, 'name']);
    if (name === undefined) continue;
    const annotation = (key: string) => stringAt(ctx, instance, ['metadata', 0, 'annotations', key]);
    const spec = defined<ServiceAccountSpec>({
      namespace: stringAt(ctx, instance, ['metadata', 0, 'namespace']) ?? 'default',
      name,
      roleArn: annotation('eks.amazonaws.com/role-arn'),
      audience: annotation('eks.amazonaws.com/audience'),
    });
    if (!only)
      ctx.reporter.assume('tf-cluster-assumed', { address: instance.address, cluster: UNKNOWN_CLUSTER_ARN });
    let cluster = only ?? clusters.get(UNKNOWN_CLUSTER_ARN);
    if (!cluster) clusters.set(UNKNOWN_CLUSTER_ARN, (cluster = { arn: UNKNOWN_CLUSTER_ARN }));
    cluster.serviceAccounts = [...(cluster.serviceAccounts ?? []), spec];
  }
}

export interface Workloads {
  instances: Ec2InstanceSpec[];
  lambdaFunctions: LambdaFunctionSpec[];
  identityProviders: IdentityProviderSpec[];
  eksClusters: EksClusterSpec[];
}

export function readWorkloads(ctx: TfContext): Workloads {
  const clusters = readClusters(ctx);
  addNodeGroups(ctx, clusters);
  addPodIdentity(ctx, clusters);
  addServiceAccounts(ctx, clusters);
  return {
    instances: readInstances(ctx),
    lambdaFunctions: readFunctions(ctx),
    identityProviders: readProviders(ctx),
    eksClusters: [...clusters.values()],
  };
}
