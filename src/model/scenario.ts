/**
 * The scenario: a whole environment Trustscope analyses. Version 1 of the document format.
 * Policy documents are kept as JSON values so a scenario file reads like the AWS exports it comes from.
 */

export interface AccountSpec {
  /** 12-digit AWS account id. */
  id: string;
  name: string;
}

export interface NamedPolicy {
  name: string;
  document: unknown;
}

export interface RoleSpec {
  arn: string;
  trustPolicy: unknown;
  /** Inline and attached identity policies. */
  policies: NamedPolicy[];
  description?: string;
}

export interface Ec2InstanceSpec {
  /** `i-...` */
  id: string;
  account: string;
  region: string;
  instanceProfileArn: string;
  /** The role inside the instance profile (an instance profile holds exactly one role). */
  roleArn: string;
}

export interface Scenario {
  version: 1;
  name: string;
  description?: string;
  accounts: AccountSpec[];
  roles: RoleSpec[];
  instances: Ec2InstanceSpec[];
}

/** Where a policy document lives in a scenario; its `id` is stable and doubles as the editor model URI path. */
export interface DocumentRef {
  id: string;
  ownerArn: string;
  label: string;
  kind: 'trust' | 'identity';
}

export function listDocuments(scenario: Scenario): DocumentRef[] {
  const refs: DocumentRef[] = [];
  for (const role of scenario.roles) {
    const name = roleNameFromArn(role.arn);
    refs.push({ id: `${role.arn}#trust`, ownerArn: role.arn, label: `${name} · trust policy`, kind: 'trust' });
    for (const policy of role.policies) {
      refs.push({
        id: `${role.arn}#policy/${policy.name}`,
        ownerArn: role.arn,
        label: `${name} · ${policy.name}`,
        kind: 'identity',
      });
    }
  }
  return refs;
}

export function findDocument(scenario: Scenario, id: string): unknown {
  for (const role of scenario.roles) {
    if (id === `${role.arn}#trust`) return role.trustPolicy;
    for (const policy of role.policies) {
      if (id === `${role.arn}#policy/${policy.name}`) return policy.document;
    }
  }
  return undefined;
}

export function roleNameFromArn(arn: string): string {
  const slash = arn.lastIndexOf('/');
  return slash >= 0 ? arn.slice(slash + 1) : arn;
}

export function accountOfArn(arn: string): string | undefined {
  const account = arn.split(':')[4];
  return account && /^\d{12}$/.test(account) ? account : undefined;
}
