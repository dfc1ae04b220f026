import type { PolicyKind } from '../foundation/types';
import type { ImportProblemCode, ImportProblemParams } from '../i18n/importProblemText';
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
  /** What is wrong, as data: worded in any language by i18n/importProblemText.ts. */
  code: ImportProblemCode;
  params: ImportProblemParams;
  /** The English sentence, worded from `code` and `params` (JSON output and logs keep it). */
  message: string;
  severity: 'error' | 'warning';
}

export type { ImportProblemCode, ImportProblemParams };

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
