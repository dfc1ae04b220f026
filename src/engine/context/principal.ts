/**
 * Who is calling: parsing principal identifiers and deriving the context keys AWS fills in from them.
 * Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html.
 */
import type { ContextValue } from '../types';
import { parseArn } from '../match/arn';

interface Base {
  /** The identifier as given. */
  readonly arn: string;
  readonly partition: string;
  readonly account: string;
}

export type ParsedPrincipal =
  | (Base & { readonly kind: 'user'; readonly name: string; readonly path: string })
  | (Base & { readonly kind: 'role'; readonly name: string; readonly path: string; readonly roleArn: string })
  | (Base & {
      readonly kind: 'assumedRole';
      /** The role name; the session ARN carries no path (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns). */
      readonly name: string;
      readonly sessionName: string;
      /** The role ARN assuming path `/`; use `roleArnFor` when the real path is known. */
      readonly roleArn: string;
    })
  | (Base & { readonly kind: 'federatedUser'; readonly name: string })
  | (Base & { readonly kind: 'root' })
  | (Base & { readonly kind: 'oidcProvider'; readonly name: string })
  | (Base & { readonly kind: 'samlProvider'; readonly name: string })
  | { readonly kind: 'service'; readonly arn: string; readonly name: string }
  | { readonly kind: 'anonymous'; readonly arn: string; readonly account: 'anonymous' };

export type PrincipalKind = ParsedPrincipal['kind'];

/** Web-identity providers named without an ARN in `Federated` (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-federated-web-identity). */
const WELL_KNOWN_IDPS = new Set([
  'cognito-identity.amazonaws.com',
  'accounts.google.com',
  'graph.facebook.com',
  'www.amazon.com',
]);

const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/;
const ACCOUNT_ID = /^\d{12}$/;

export function roleArnFor(partition: string, account: string, roleName: string, path = '/'): string {
  const p = path.startsWith('/') ? path : '/' + path;
  const withSlash = p.endsWith('/') ? p : p + '/';
  return `arn:${partition}:iam::${account}:role${withSlash}${roleName}`;
}

/** Split `type/path.../name` into path (`/`-delimited, with both slashes) and name. */
function pathAndName(afterType: string): { path: string; name: string } {
  const i = afterType.lastIndexOf('/');
  if (i < 0) return { path: '/', name: afterType };
  return { path: '/' + afterType.slice(0, i + 1), name: afterType.slice(i + 1) };
}

/** How a request names an unsigned caller (a bundle writes `{"type": "Anonymous"}`). */
export const ANONYMOUS = 'anonymous';

export function parsePrincipalArn(id: string): ParsedPrincipal | undefined {
  if (id === '*' || id === ANONYMOUS) return { kind: 'anonymous', arn: id, account: 'anonymous' };
  if (ACCOUNT_ID.test(id))
    return { kind: 'root', arn: `arn:aws:iam::${id}:root`, partition: 'aws', account: id };
  if (WELL_KNOWN_IDPS.has(id))
    return { kind: 'oidcProvider', arn: id, partition: 'aws', account: '', name: id };
  if (SERVICE_PRINCIPAL.test(id)) return { kind: 'service', arn: id, name: id };
  const a = parseArn(id);
  if (!a || a.account === '') return undefined;
  const { partition, account, resource } = a;
  const base = { arn: id, partition, account };
  if (a.service === 'iam') {
    if (resource === 'root') return { ...base, kind: 'root' };
    const slash = resource.indexOf('/');
    if (slash <= 0) return undefined;
    const type = resource.slice(0, slash);
    const rest = resource.slice(slash + 1);
    if (rest === '') return undefined;
    // Users and roles are written out field by field: the trust graph keeps one parse per caller
    // (tens of thousands), and objects built by spreading held about twice the memory.
    if (type === 'user' || type === 'role') {
      const { path, name } = pathAndName(rest);
      return type === 'user'
        ? { kind: 'user', arn: id, partition, account, path, name }
        : { kind: 'role', arn: id, partition, account, path, name, roleArn: id };
    }
    if (type === 'oidc-provider') return { ...base, kind: 'oidcProvider', name: rest };
    if (type === 'saml-provider') return { ...base, kind: 'samlProvider', name: rest };
    return undefined;
  }
  if (a.service === 'sts') {
    const parts = resource.split('/');
    if (parts[0] === 'assumed-role' && parts.length === 3 && parts[1] && parts[2]) {
      return {
        ...base,
        kind: 'assumedRole',
        name: parts[1],
        sessionName: parts[2],
        roleArn: roleArnFor(partition, account, parts[1]),
      };
    }
    if (parts[0] === 'federated-user' && parts.length === 2 && parts[1]) {
      return { ...base, kind: 'federatedUser', name: parts[1] };
    }
  }
  return undefined;
}

export interface PrincipalContextOptions {
  /** Path of the role behind an assumed-role session (the session ARN drops it). Default `/`. */
  readonly rolePath?: string;
  readonly orgId?: string;
  readonly orgPaths?: readonly string[];
  readonly principalTags?: Readonly<Record<string, string>>;
  /** The unique ID: `AIDA…` for a user, `AROA…` for a role (the session name is appended). */
  readonly userId?: string;
}

/**
 * The context keys AWS derives from the caller. Unparseable identifiers yield an empty record:
 * the engine must not invent a principal it cannot name.
 */
export function derivePrincipalContext(
  principalArn: string,
  options: PrincipalContextOptions = {},
  p: ParsedPrincipal | undefined = parsePrincipalArn(principalArn),
): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  if (!p) return out;
  switch (p.kind) {
    case 'service':
      out['aws:PrincipalIsAWSService'] = 'true';
      out['aws:PrincipalServiceName'] = p.name;
      return out;
    case 'anonymous':
      // aws:PrincipalArn is absent for anonymous requests; PrincipalAccount reads "anonymous"
      // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalaccount).
      out['aws:PrincipalAccount'] = 'anonymous';
      out['aws:PrincipalType'] = 'Anonymous';
      return out;
    case 'oidcProvider':
    case 'samlProvider':
      // Web-identity / SAML callers are unsigned: only the provider is known before the session exists.
      out['aws:FederatedProvider'] = p.arn;
      return out;
    case 'user':
      out['aws:PrincipalArn'] = p.arn;
      out['aws:PrincipalType'] = 'User';
      out['aws:username'] = p.name;
      if (options.userId !== undefined) out['aws:userid'] = options.userId;
      break;
    case 'root':
      out['aws:PrincipalArn'] = `arn:${p.partition}:iam::${p.account}:root`;
      out['aws:PrincipalType'] = 'Account';
      out['aws:userid'] = p.account;
      break;
    case 'federatedUser':
      out['aws:PrincipalArn'] = p.arn;
      out['aws:PrincipalType'] = 'FederatedUser';
      // "account:caller-specified-name" for GetFederationToken sessions (condition-keys page, aws:userid).
      out['aws:userid'] = `${p.account}:${p.name}`;
      break;
    case 'assumedRole':
      out['aws:PrincipalArn'] = roleArnFor(p.partition, p.account, p.name, options.rolePath ?? '/');
      out['aws:PrincipalType'] = 'AssumedRole';
      if (options.userId !== undefined) out['aws:userid'] = `${options.userId}:${p.sessionName}`;
      break;
    case 'role':
      // A bare role ARN stands for "some session of this role": the session name is unknown,
      // so aws:userid (ROLEID:session) cannot be formed.
      out['aws:PrincipalArn'] = p.arn;
      out['aws:PrincipalType'] = 'AssumedRole';
      break;
  }
  out['aws:PrincipalAccount'] = p.account;
  out['aws:PrincipalIsAWSService'] = 'false';
  if (options.orgId !== undefined) out['aws:PrincipalOrgID'] = options.orgId;
  if (options.orgPaths !== undefined) out['aws:PrincipalOrgPaths'] = options.orgPaths;
  if (options.principalTags) {
    for (const [k, v] of Object.entries(options.principalTags)) out[`aws:PrincipalTag/${k}`] = v;
  }
  return out;
}
