/**
 * `terraform show -json` of a plan or a state, read as a scenario: one side of a plan (`after`, the
 * planned values, unless the file asks for `before`), with every value known only after apply
 * standing as a named placeholder and said to be one (`Reporter.assume`).
 * https://developer.hashicorp.com/terraform/internals/json-format
 */
import { accountOfArn, type AccountSpec, type OrgUnitSpec } from '../../model/scenario';
import { defined } from '../common';
import { prop, propBool, propStr, type Located, type Reporter } from '../located';
import type { ImportFile, ScenarioFragment } from '../types';
import type { TfContext } from './context';
import { deriveAttribute } from './derive';
import { readIam } from './iam';
import { readOrganization } from './organizations';
import { readProviderProfiles } from './providers';
import { readTerraform } from './planDocument';
import { readResourcePolicies } from './resourcePolicies';
import { readWorkloads } from './workloads';

const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);

function unitAccounts(unit: OrgUnitSpec): string[] {
  return [...(unit.accounts ?? []), ...(unit.children ?? []).flatMap(unitAccounts)];
}

/** Accounts the organization and the resources name that no ARN of an identity implies. */
function accountsOf(fragment: ScenarioFragment): AccountSpec[] {
  const org = fragment.organization;
  const ids = new Set<string>([
    ...(org
      ? [org.managementAccountId, ...unitAccounts(org.root), ...Object.keys(org.accountPolicies ?? {})]
      : []),
    ...(fragment.resources ?? []).flatMap((r) => r.accountId ?? accountOfArn(r.arn) ?? []),
  ]);
  ids.delete('000000000000');
  return [...ids].sort().map((id) => ({ id, name: id }));
}

export function importTerraform(doc: Located, file: ImportFile, reporter: Reporter): ScenarioFragment {
  const version = propStr(doc, 'format_version') ?? '';
  if (!version.startsWith('1.')) {
    reporter.error('tf-format-version', { version }, prop(doc, 'format_version'));
    return {};
  }
  if (propBool(doc, 'errored') === true) reporter.warning('tf-errored', {}, prop(doc, 'errored'));
  const ctx: TfContext = {
    doc: readTerraform(doc, file.side ?? 'after'),
    file,
    reporter,
    derive: deriveAttribute,
    depth: 0,
  };
  const iam = readIam(ctx);
  const workloads = readWorkloads(ctx);
  const fragment = defined<ScenarioFragment>({
    roles: nonEmpty([...iam.roles.values()]),
    users: nonEmpty([...iam.users.values()]),
    groups: nonEmpty([...iam.groups.values()]),
    managedPolicies: nonEmpty(iam.managedPolicies),
    instances: nonEmpty(workloads.instances),
    lambdaFunctions: nonEmpty(workloads.lambdaFunctions),
    identityProviders: nonEmpty(workloads.identityProviders),
    eksClusters: nonEmpty(workloads.eksClusters),
    resources: nonEmpty(readResourcePolicies(ctx)),
    organization: readOrganization(ctx),
    cliProfiles: nonEmpty(readProviderProfiles(ctx)),
  });
  if (Object.keys(fragment).length === 0) {
    reporter.warning('tf-nothing-relevant', {});
    return fragment;
  }
  const accounts = accountsOf(fragment);
  return accounts.length > 0 ? { ...fragment, accounts } : fragment;
}
