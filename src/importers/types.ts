import type { PolicyKind } from '../foundation/types';
/**
 * The plain-data shapes of the importers: files in, a scenario plus located problems out.
 * Everything here survives structured clone, so an import can run in the worker.
 */
import type { Scenario } from '../model/scenario';

export interface ImportFile {
  name: string;
  text: string;
  /** The resource a resource-policy export belongs to when it does not say (the CLI's `--resource`). */
  resource?: string;
  /** The account of resources a Terraform plan has not created yet, when its providers do not say (the CLI's `--account`). */
  account?: string;
  /** Which side of a Terraform plan to read: `after` (the planned values, the default) or `before` (the prior state). */
  side?: TerraformSide;
}

export type TerraformSide = 'before' | 'after';

export interface ImportProblem {
  file: string;
  /** JSON path like `RoleDetailList[3].AssumeRolePolicyDocument`, YAML `documents[2].metadata.annotations`, INI `profile dev.source_profile`. */
  field?: string;
  /** 1-based, as editors count. */
  line?: number;
  column?: number;
  message: string;
  severity: 'error' | 'warning';
}

export type ImportFormat =
  | 'trustscope-scenario'
  | 'iam-authorization-details'
  | 'organization'
  | 'eks-cluster'
  | 'eks-nodegroup'
  | 'eks-pod-identity'
  | 'ec2-instances'
  | 'lambda-functions'
  | 'iam-oidc-providers'
  | 'iam-oidc-provider'
  | 'iam-saml-providers'
  | 'kubernetes'
  | 'aws-config'
  | 'policy-document'
  | 'resource-policy'
  | 'terraform';

/** What each format is, in the words of the command that produces it; used in "accepted formats" messages. */
export const FORMAT_LABELS: Readonly<Record<ImportFormat, string>> = {
  'trustscope-scenario': 'a Trustscope scenario file',
  'iam-authorization-details': 'aws iam get-account-authorization-details',
  organization:
    'an AWS Organizations JSON (the organization, its root, units and accounts, and its SCPs and RCPs with their targets)',
  'eks-cluster': 'aws eks describe-cluster',
  'eks-nodegroup': 'aws eks describe-nodegroup',
  'eks-pod-identity': 'aws eks describe-pod-identity-association (one, or a list of them)',
  'ec2-instances': 'aws ec2 describe-instances',
  'lambda-functions': 'aws lambda list-functions',
  'iam-oidc-providers': 'aws iam list-open-id-connect-providers',
  'iam-oidc-provider': 'aws iam get-open-id-connect-provider',
  'iam-saml-providers': 'aws iam list-saml-providers',
  kubernetes: 'Kubernetes YAML or JSON (kubectl get -o yaml, manifests)',
  'aws-config': 'an ~/.aws/config file',
  'policy-document': 'a policy document on its own (trust, identity, resource policy, SCP or RCP), to attach',
  terraform: 'terraform show -json (of a plan or a state)',
  'resource-policy':
    "a resource's policy (aws s3api get-bucket-policy, kms get-key-policy, sqs get-queue-attributes, sns get-topic-attributes, secretsmanager get-resource-policy, lambda get-policy)",
};

export interface ImportResult {
  scenario: Scenario;
  problems: ImportProblem[];
  /** One entry per input file, in input order. */
  detected: { file: string; format: ImportFormat | 'unknown' }[];
  /** Bare policy documents, for the user to attach: nothing in the input says to what. */
  policies: PastedPolicy[];
  /** What the import took as true that the input does not tell (a Terraform value known only after apply). */
  assumptions: ImportAssumption[];
}

/**
 * The kinds of fact an import takes for granted, worded from code and parameters in the message
 * catalogues (i18n/importAssumptionText.ts).
 */
export type ImportAssumptionCode =
  | 'tf-known-after-apply'
  | 'tf-policy-after-apply'
  | 'tf-policy-from-configuration'
  | 'tf-account-assumed'
  | 'tf-region-assumed'
  | 'tf-launch-template'
  | 'tf-cluster-assumed'
  | 'tf-default-full-access'
  | 'tf-transitive-tag-keys';

export interface ImportAssumption {
  file: string;
  code: ImportAssumptionCode;
  params: Record<string, string>;
  /** The JSON path it rests on, when there is one. */
  field?: string;
}

export interface PastedPolicy {
  file: string;
  document: unknown;
  /** What the document most likely is (policyDocument.ts), the form's first choice. */
  kind: Exclude<PolicyKind, 'session'>;
}

/** Part of a scenario that one file contributes; merged into the running scenario by mergeScenario. */
export type ScenarioFragment = {
  [K in Exclude<keyof Scenario, 'version'>]?: NonNullable<Scenario[K]>;
};

/** The cluster Kubernetes objects hang off when the import cannot tell which cluster they came from. */
export const UNKNOWN_CLUSTER_ARN = 'arn:aws:eks:us-east-1:000000000000:cluster/unknown-cluster';
