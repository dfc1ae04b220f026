/**
 * The session tags EKS Pod Identity sets on every session, and so passes down a role chain
 * (https://docs.aws.amazon.com/eks/latest/userguide/pod-id-abac.html). A module of its own, free of
 * the evaluation, so the app's path queries (`paths.ts`) load without the engine's parsers.
 */
export const POD_IDENTITY_TAGS = [
  'eks-cluster-arn',
  'eks-cluster-name',
  'kubernetes-namespace',
  'kubernetes-service-account',
  'kubernetes-pod-name',
  'kubernetes-pod-uid',
];
