/**
 * Reads a scenario tree object by object, with the checks schema/scenario.schema.json states.
 * Every object of the result is a new literal holding only fields that passed their checks; an
 * object whose required fields failed is left out (its problems are already reported).
 */
import type {
  AccountSpec,
  CliProfileSpec,
  Ec2InstanceSpec,
  EcsTaskDefinitionSpec,
  EksClusterSpec,
  ExternalPrincipalSpec,
  GroupSpec,
  IdentityProviderSpec,
  LambdaFunctionSpec,
  ManagedPolicySpec,
  NamedPolicy,
  OrganizationSpec,
  OrgPolicySpec,
  OrgUnitSpec,
  PodIdentityAssociationSpec,
  PodSpec,
  ResourceSpec,
  RoleSpec,
  Scenario,
  ServiceAccountSpec,
  UserSpec,
} from '../scenario';
import type { Fields, Reader } from './reader';
import {
  CLI_CREDENTIAL_SOURCES,
  EXTERNAL_PRINCIPAL_KINDS,
  ORG_POLICY_TYPES,
  RESOURCE_TYPES,
  SHAPES,
} from './shapes';
import { joinPath, type VNode } from './vnode';

/** Sets an optional property only when it has a value, as exactOptionalPropertyTypes wants. */
function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

type ReadFn<T> = (r: Reader, node: VNode, path: string) => T | undefined;

const list = <T>(r: Reader, f: Fields, key: string, read: ReadFn<T>): T[] | undefined =>
  r.array(f.get(key), (node, path) => read(r, node, path));

function namedPolicy(r: Reader, node: VNode, path: string): NamedPolicy | undefined {
  const f = r.object(node, path, SHAPES.namedPolicy);
  if (!f) return undefined;
  const name = r.string(f.get('name'), { pattern: 'policyName' });
  const document = r.document(f.get('document'));
  if (name === undefined || document === undefined) return undefined;
  return r.remember({ name, document }, path);
}

function account(r: Reader, node: VNode, path: string): AccountSpec | undefined {
  const f = r.object(node, path, SHAPES.account);
  if (!f) return undefined;
  const id = r.string(f.get('id'), { pattern: 'accountId' });
  const name = r.string(f.get('name'));
  return id === undefined || name === undefined ? undefined : r.remember({ id, name }, path);
}

function orgUnit(r: Reader, node: VNode, path: string, isRoot: boolean): OrgUnitSpec | undefined {
  const f = r.object(node, path, SHAPES.orgUnit);
  if (!f) return undefined;
  let id = r.string(f.get('id'), { pattern: 'orgUnitId' });
  if (id !== undefined && !(isRoot ? /^r-/ : /^ou-/).test(id)) {
    r.error(
      joinPath(path, 'id'),
      f.get('id')?.node,
      isRoot ? 'the root id starts with "r-"' : 'a unit id starts with "ou-"',
    );
    id = undefined;
  }
  const name = r.string(f.get('name'));
  const unit: Partial<OrgUnitSpec> = {};
  put(unit, 'scps', r.strings(f.get('scps'), 'orgPolicyId'));
  put(unit, 'rcps', r.strings(f.get('rcps'), 'orgPolicyId'));
  put(unit, 'accounts', r.strings(f.get('accounts'), 'accountId'));
  put(
    unit,
    'children',
    r.array(f.get('children'), (n, p) => orgUnit(r, n, p, false)),
  );
  if (id === undefined || name === undefined) return undefined;
  return r.remember({ id, name, ...unit }, path);
}

function orgPolicy(r: Reader, node: VNode, path: string): OrgPolicySpec | undefined {
  const f = r.object(node, path, SHAPES.orgPolicy);
  if (!f) return undefined;
  const id = r.string(f.get('id'), { pattern: 'orgPolicyId' });
  const name = r.string(f.get('name'));
  const type = r.string(f.get('type'), { oneOf: ORG_POLICY_TYPES }) as OrgPolicySpec['type'] | undefined;
  const document = r.document(f.get('document'));
  if (id === undefined || name === undefined || type === undefined || document === undefined)
    return undefined;
  return r.remember({ id, name, type, document }, path);
}

function organization(r: Reader, node: VNode, path: string): OrganizationSpec | undefined {
  const f = r.object(node, path, SHAPES.organization);
  if (!f) return undefined;
  const id = r.string(f.get('id'), { pattern: 'organizationId' });
  const managementAccountId = r.string(f.get('managementAccountId'), { pattern: 'accountId' });
  const rootField = f.get('root');
  const root = rootField && orgUnit(r, rootField.node, rootField.path, true);
  const policies = list(r, f, 'policies', orgPolicy);
  let accountPolicies: OrganizationSpec['accountPolicies'];
  const attached = f.get('accountPolicies');
  if (attached && attached.node.kind !== 'object') {
    r.error(
      attached.path,
      attached.node,
      'expected an object of account ids to { "scps": [...], "rcps": [...] }',
    );
  } else if (attached?.node.kind === 'object') {
    const result: NonNullable<OrganizationSpec['accountPolicies']> = {};
    let ok = true;
    for (const property of attached.node.properties) {
      const entryPath = joinPath(attached.path, property.key);
      if (!/^\d{12}$/.test(property.key)) {
        r.report(
          'error',
          entryPath,
          property.keyRange,
          `${JSON.stringify(property.key)} is not a 12-digit account id`,
        );
        ok = false;
        continue;
      }
      const e = r.object(property.value, entryPath, SHAPES.accountPolicyAttachments);
      if (!e) {
        ok = false;
        continue;
      }
      const entry: { scps?: string[]; rcps?: string[] } = {};
      put(entry, 'scps', r.strings(e.get('scps'), 'orgPolicyId'));
      put(entry, 'rcps', r.strings(e.get('rcps'), 'orgPolicyId'));
      // Safe: the key is twelve digits, so it cannot be __proto__ or any other special name.
      result[property.key] = r.remember(entry, entryPath);
    }
    if (ok) accountPolicies = result;
  }
  if (id === undefined || managementAccountId === undefined || root === undefined || policies === undefined) {
    return undefined;
  }
  const org: OrganizationSpec = { id, managementAccountId, root, policies };
  put(org, 'accountPolicies', accountPolicies);
  return r.remember(org, path);
}

function managedPolicy(r: Reader, node: VNode, path: string): ManagedPolicySpec | undefined {
  const f = r.object(node, path, SHAPES.managedPolicy);
  if (!f) return undefined;
  const arn = r.string(f.get('arn'), { pattern: 'managedPolicyArn' });
  const document = r.document(f.get('document'));
  const rest: Partial<ManagedPolicySpec> = {};
  put(rest, 'name', r.string(f.get('name')));
  put(rest, 'description', r.string(f.get('description')));
  if (arn === undefined || document === undefined) return undefined;
  return r.remember({ arn, document, ...rest }, path);
}

function user(r: Reader, node: VNode, path: string): UserSpec | undefined {
  const f = r.object(node, path, SHAPES.user);
  if (!f) return undefined;
  const arn = r.string(f.get('arn'), { pattern: 'userArn' });
  const u: Partial<UserSpec> = {};
  put(u, 'groups', r.strings(f.get('groups'), 'groupArn'));
  put(u, 'inlinePolicies', list(r, f, 'inlinePolicies', namedPolicy));
  put(u, 'managedPolicies', r.strings(f.get('managedPolicies'), 'managedPolicyArn'));
  put(u, 'permissionsBoundary', r.string(f.get('permissionsBoundary'), { pattern: 'managedPolicyArn' }));
  put(u, 'tags', r.tags(f.get('tags')));
  put(u, 'mfa', r.boolean(f.get('mfa')));
  put(u, 'userId', r.string(f.get('userId'), { nonEmpty: true }));
  return arn === undefined ? undefined : r.remember({ arn, ...u }, path);
}

function group(r: Reader, node: VNode, path: string): GroupSpec | undefined {
  const f = r.object(node, path, SHAPES.group);
  if (!f) return undefined;
  const arn = r.string(f.get('arn'), { pattern: 'groupArn' });
  const g: Partial<GroupSpec> = {};
  put(g, 'inlinePolicies', list(r, f, 'inlinePolicies', namedPolicy));
  put(g, 'managedPolicies', r.strings(f.get('managedPolicies'), 'managedPolicyArn'));
  return arn === undefined ? undefined : r.remember({ arn, ...g }, path);
}

function role(r: Reader, node: VNode, path: string): RoleSpec | undefined {
  const f = r.object(node, path, SHAPES.role);
  if (!f) return undefined;
  const arn = r.string(f.get('arn'), { pattern: 'roleArn' });
  const trustPolicy = r.document(f.get('trustPolicy'));
  const x: Partial<RoleSpec> = {};
  put(x, 'inlinePolicies', list(r, f, 'inlinePolicies', namedPolicy));
  put(x, 'managedPolicies', r.strings(f.get('managedPolicies'), 'managedPolicyArn'));
  put(x, 'permissionsBoundary', r.string(f.get('permissionsBoundary'), { pattern: 'managedPolicyArn' }));
  put(x, 'tags', r.tags(f.get('tags')));
  put(x, 'maxSessionDuration', r.integer(f.get('maxSessionDuration'), 3600, 43200));
  put(x, 'instanceProfiles', r.strings(f.get('instanceProfiles'), 'instanceProfileArn'));
  put(x, 'description', r.string(f.get('description')));
  put(x, 'roleId', r.string(f.get('roleId'), { nonEmpty: true }));
  if (arn === undefined || trustPolicy === undefined) return undefined;
  return r.remember({ arn, trustPolicy, ...x }, path);
}

function identityProvider(r: Reader, node: VNode, path: string): IdentityProviderSpec | undefined {
  const f = r.object(node, path, SHAPES.identityProvider);
  if (!f) return undefined;
  const arn = r.string(f.get('arn'), { pattern: 'identityProviderArn' });
  const p: Partial<IdentityProviderSpec> = {};
  put(p, 'clientIds', r.strings(f.get('clientIds')));
  return arn === undefined ? undefined : r.remember({ arn, ...p }, path);
}

function serviceAccount(r: Reader, node: VNode, path: string): ServiceAccountSpec | undefined {
  const f = r.object(node, path, SHAPES.serviceAccount);
  if (!f) return undefined;
  const namespace = r.string(f.get('namespace'), { pattern: 'kubernetesName' });
  const name = r.string(f.get('name'), { pattern: 'kubernetesName' });
  const sa: Partial<ServiceAccountSpec> = {};
  put(sa, 'roleArn', r.string(f.get('roleArn'), { pattern: 'roleArn' }));
  put(sa, 'audience', r.string(f.get('audience'), { nonEmpty: true }));
  if (namespace === undefined || name === undefined) return undefined;
  return r.remember({ namespace, name, ...sa }, path);
}

function pod(r: Reader, node: VNode, path: string): PodSpec | undefined {
  const f = r.object(node, path, SHAPES.pod);
  if (!f) return undefined;
  const namespace = r.string(f.get('namespace'), { pattern: 'kubernetesName' });
  const name = r.string(f.get('name'), { pattern: 'kubernetesName' });
  const sa = r.string(f.get('serviceAccount'), { pattern: 'kubernetesName' });
  const p: Partial<PodSpec> = {};
  put(p, 'owner', r.string(f.get('owner')));
  if (namespace === undefined || name === undefined || sa === undefined) return undefined;
  return r.remember({ namespace, name, serviceAccount: sa, ...p }, path);
}

function podIdentity(r: Reader, node: VNode, path: string): PodIdentityAssociationSpec | undefined {
  const f = r.object(node, path, SHAPES.podIdentityAssociation);
  if (!f) return undefined;
  const namespace = r.string(f.get('namespace'), { pattern: 'kubernetesName' });
  const sa = r.string(f.get('serviceAccount'), { pattern: 'kubernetesName' });
  const roleArn = r.string(f.get('roleArn'), { pattern: 'roleArn' });
  const a: Partial<PodIdentityAssociationSpec> = {};
  put(a, 'associationId', r.string(f.get('associationId'), { nonEmpty: true }));
  put(a, 'targetRoleArn', r.string(f.get('targetRoleArn'), { pattern: 'roleArn' }));
  put(a, 'externalId', r.string(f.get('externalId'), { pattern: 'externalId' }));
  put(a, 'disableSessionTags', r.boolean(f.get('disableSessionTags')));
  if (namespace === undefined || sa === undefined || roleArn === undefined) return undefined;
  return r.remember({ namespace, serviceAccount: sa, roleArn, ...a }, path);
}

function eksCluster(r: Reader, node: VNode, path: string): EksClusterSpec | undefined {
  const f = r.object(node, path, SHAPES.eksCluster);
  if (!f) return undefined;
  const arn = r.string(f.get('arn'), { pattern: 'eksClusterArn' });
  const c: Partial<EksClusterSpec> = {};
  put(c, 'oidcIssuer', r.string(f.get('oidcIssuer'), { pattern: 'oidcIssuer' }));
  put(c, 'nodeRoleArns', r.strings(f.get('nodeRoleArns'), 'roleArn'));
  put(c, 'serviceAccounts', list(r, f, 'serviceAccounts', serviceAccount));
  put(c, 'pods', list(r, f, 'pods', pod));
  put(c, 'podIdentityAssociations', list(r, f, 'podIdentityAssociations', podIdentity));
  return arn === undefined ? undefined : r.remember({ arn, ...c }, path);
}

function instance(r: Reader, node: VNode, path: string): Ec2InstanceSpec | undefined {
  const f = r.object(node, path, SHAPES.instance);
  if (!f) return undefined;
  const id = r.string(f.get('id'), { pattern: 'instanceId' });
  const acct = r.string(f.get('account'), { pattern: 'accountId' });
  const region = r.string(f.get('region'), { pattern: 'region' });
  const instanceProfileArn = r.string(f.get('instanceProfileArn'), { pattern: 'instanceProfileArn' });
  const i: Partial<Ec2InstanceSpec> = {};
  put(i, 'roleArn', r.string(f.get('roleArn'), { pattern: 'roleArn' }));
  put(i, 'name', r.string(f.get('name')));
  if (id === undefined || acct === undefined || region === undefined || instanceProfileArn === undefined) {
    return undefined;
  }
  return r.remember({ id, account: acct, region, instanceProfileArn, ...i }, path);
}

function lambdaFunction(r: Reader, node: VNode, path: string): LambdaFunctionSpec | undefined {
  const f = r.object(node, path, SHAPES.lambdaFunction);
  if (!f) return undefined;
  const arn = r.string(f.get('arn'), { pattern: 'lambdaFunctionArn' });
  const roleArn = r.string(f.get('roleArn'), { pattern: 'roleArn' });
  return arn === undefined || roleArn === undefined ? undefined : r.remember({ arn, roleArn }, path);
}

function ecsTask(r: Reader, node: VNode, path: string): EcsTaskDefinitionSpec | undefined {
  const f = r.object(node, path, SHAPES.ecsTaskDefinition);
  if (!f) return undefined;
  const arn = r.string(f.get('arn'), { pattern: 'ecsTaskDefinitionArn' });
  const t: Partial<EcsTaskDefinitionSpec> = {};
  put(t, 'taskRoleArn', r.string(f.get('taskRoleArn'), { pattern: 'roleArn' }));
  put(t, 'executionRoleArn', r.string(f.get('executionRoleArn'), { pattern: 'roleArn' }));
  return arn === undefined ? undefined : r.remember({ arn, ...t }, path);
}

function resource(r: Reader, node: VNode, path: string): ResourceSpec | undefined {
  const f = r.object(node, path, SHAPES.resource);
  if (!f) return undefined;
  const arn = r.string(f.get('arn'), { pattern: 'anyArn' });
  const type = r.string(f.get('type'), { oneOf: RESOURCE_TYPES }) as ResourceSpec['type'] | undefined;
  const x: Partial<ResourceSpec> = {};
  put(x, 'accountId', r.string(f.get('accountId'), { pattern: 'accountId' }));
  put(x, 'policy', r.document(f.get('policy')));
  put(x, 'tags', r.tags(f.get('tags')));
  return arn === undefined || type === undefined ? undefined : r.remember({ arn, type, ...x }, path);
}

function externalPrincipal(r: Reader, node: VNode, path: string): ExternalPrincipalSpec | undefined {
  const f = r.object(node, path, SHAPES.externalPrincipal);
  if (!f) return undefined;
  const id = r.string(f.get('id'), { nonEmpty: true });
  const name = r.string(f.get('name'));
  const kind = r.string(f.get('kind'), { oneOf: EXTERNAL_PRINCIPAL_KINDS }) as
    ExternalPrincipalSpec['kind'] | undefined;
  if (id === undefined || name === undefined || kind === undefined) return undefined;
  return r.remember({ id, name, kind }, path);
}

function cliProfile(r: Reader, node: VNode, path: string): CliProfileSpec | undefined {
  const f = r.object(node, path, SHAPES.cliProfile);
  if (!f) return undefined;
  const name = r.string(f.get('name'), { nonEmpty: true });
  const p: Partial<CliProfileSpec> = {};
  put(p, 'roleArn', r.string(f.get('roleArn'), { pattern: 'roleArn' }));
  put(p, 'sourceProfile', r.string(f.get('sourceProfile'), { nonEmpty: true }));
  put(
    p,
    'credentialSource',
    r.string(f.get('credentialSource'), {
      oneOf: CLI_CREDENTIAL_SOURCES,
    }) as CliProfileSpec['credentialSource'],
  );
  put(p, 'externalId', r.string(f.get('externalId'), { pattern: 'externalId' }));
  put(p, 'mfaSerial', r.string(f.get('mfaSerial'), { nonEmpty: true }));
  put(p, 'webIdentityTokenFile', r.string(f.get('webIdentityTokenFile'), { nonEmpty: true }));
  put(p, 'roleSessionName', r.string(f.get('roleSessionName'), { pattern: 'roleSessionName' }));
  put(p, 'durationSeconds', r.integer(f.get('durationSeconds'), 900, 43200));
  return name === undefined ? undefined : r.remember({ name, ...p }, path);
}

/**
 * Reads the top level. The version is checked first: a document from a newer Trustscope may use
 * fields this one does not know, and listing them all as "unknown" would hide the real reason.
 */
export function readScenario(r: Reader, node: VNode): Partial<Scenario> | undefined {
  if (node.kind !== 'object') {
    r.error(
      '',
      node,
      `expected a scenario (an object with "version": 1), found ${node.kind === 'array' ? 'an array' : node.kind}`,
    );
    return undefined;
  }
  const version = node.properties.filter((p) => p.key === 'version').at(-1)?.value;
  if (!version) {
    const start = node.range?.start;
    r.report('error', 'version', start && { start, end: start }, 'missing; a scenario must say "version": 1');
    return undefined;
  }
  if (version.kind === 'number' && Number.isInteger(version.value) && version.value > 1) {
    r.error(
      'version',
      version,
      `version ${version.value} was made by a newer version of Trustscope; this one reads version 1. Update Trustscope to open it`,
    );
    return undefined;
  }
  if (version.kind !== 'number' || version.value !== 1) {
    r.error(
      'version',
      version,
      `expected 1, found ${version.kind === 'string' ? JSON.stringify(version.value) : version.kind === 'number' ? version.value : version.kind}`,
    );
    return undefined;
  }
  const f = r.object(node, '', SHAPES.scenario);
  if (!f) return undefined;
  const s: Partial<Scenario> = { version: 1 };
  r.string(f.get('$schema'));
  put(s, 'name', r.string(f.get('name'), { nonEmpty: true }));
  put(s, 'description', r.string(f.get('description')));
  put(s, 'accounts', list(r, f, 'accounts', account));
  const org = f.get('organization');
  put(s, 'organization', org && organization(r, org.node, org.path));
  put(s, 'managedPolicies', list(r, f, 'managedPolicies', managedPolicy));
  put(s, 'users', list(r, f, 'users', user));
  put(s, 'groups', list(r, f, 'groups', group));
  put(s, 'roles', list(r, f, 'roles', role));
  put(s, 'identityProviders', list(r, f, 'identityProviders', identityProvider));
  put(s, 'identityProviderLists', r.strings(f.get('identityProviderLists'), 'accountId'));
  put(s, 'eksClusters', list(r, f, 'eksClusters', eksCluster));
  put(s, 'instances', list(r, f, 'instances', instance));
  put(s, 'lambdaFunctions', list(r, f, 'lambdaFunctions', lambdaFunction));
  put(s, 'ecsTaskDefinitions', list(r, f, 'ecsTaskDefinitions', ecsTask));
  put(s, 'resources', list(r, f, 'resources', resource));
  put(s, 'externalPrincipals', list(r, f, 'externalPrincipals', externalPrincipal));
  put(s, 'cliProfiles', list(r, f, 'cliProfiles', cliProfile));
  return s;
}
