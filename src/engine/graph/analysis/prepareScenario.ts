/**
 * Parses and compiles every document of a scenario once, and indexes what the analysis asks for:
 * each principal's identity policies and boundary, each role's trust policy, each account's SCP and
 * RCP levels, and which roles' trust policies name which accounts, principals and providers.
 */
import { documentJson, documentLookup, listDocuments, shareDocumentJson } from '../../../model/documents';
import {
  accountOfArn,
  type GroupSpec,
  type RoleSpec,
  type Scenario,
  type UserSpec,
} from '../../../model/scenario';
import { awsManagedPolicies, isAwsManagedPolicyArn } from '../../data/awsManagedPolicies';
import { compilePolicy, relabelPolicy, type CompiledPolicy } from '../../evaluate/compilePolicy';
import type { OrgLevel, PrincipalFacts } from '../../evaluate/types';
import { documentStartRange } from '../../../foundation/json/positions';
import {
  parsePolicy,
  parsePolicyValue,
  quotaDiagnostic,
  type ParsePolicyResult,
} from '../../policy/parsePolicy';
import { countNonWhitespace, DEFAULT_PLACEMENT, type PolicyPlacement } from '../../policy/policyQuotas';
import type { ContextValue, Diagnostic, PolicyKind, SourceRange } from '../../types';
import { assumption, NO_ASSUMPTIONS } from './assumptions';
import { organizationLevels, unitPaths } from '../incremental/orgLevels';
import type { Assumption, DocumentProblem } from '../types';

export interface PreparedPrincipal {
  arn: string;
  kind: 'user' | 'role';
  account: string;
  identityPolicies: CompiledPolicy[];
  boundaries: CompiledPolicy[];
  facts: PrincipalFacts;
  /** Managed policy ARNs we have no document for: they are shown as unknown. */
  unknownPolicies: string[];
  /**
   * Groups and managed policies it names that are not in the scenario at all: every edge leaving it
   * rests on them granting and denying nothing.
   */
  assumptions: readonly Assumption[];
  /** Roles only. */
  trust?: CompiledPolicy;
  /** Roles only: the trust policy could not be read in full, so every edge into the role says so. */
  trustAssumptions?: readonly Assumption[];
  trustDocumentId?: string;
  maxSessionDuration?: number;
  /** Users only: whether an MFA device exists. */
  mfa?: boolean;
}

export interface PreparedScenario {
  scenario: Scenario;
  problems: DocumentProblem[];
  principals: Map<string, PreparedPrincipal>;
  roles: PreparedPrincipal[];
  users: PreparedPrincipal[];
  scpLevels: (account: string) => OrgLevel<CompiledPolicy>[] | undefined;
  rcpLevels: (account: string) => OrgLevel<CompiledPolicy>[] | undefined;
  resourcePolicies: Map<string, CompiledPolicy>;
  /** Every document compiled, by id (undefined when it does not compile): edits patch this. */
  documents: ReadonlyMap<string, CompiledPolicy | undefined>;
  orgId?: string;
  /**
   * The keys AWS adds when a service principal calls on behalf of a resource of `account`:
   * aws:SourceAccount, and aws:SourceOrgID and aws:SourceOrgPaths when the account is in the
   * organization (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceorgid).
   * Without them, AWS's confused-deputy RCP, which denies a service whose aws:SourceOrgID is not the
   * organization's, would cut every workload's hop.
   */
  sourceKeys: (account: string) => Readonly<Record<string, ContextValue>>;
}

/** What parsing and compiling one document text gave, shared by every document with that text. */
interface CompiledText {
  /** The first of the equal texts, which the others are then shared for. */
  text?: string;
  diagnostics: ParsePolicyResult['diagnostics'];
  policy: CompiledPolicy | undefined;
  /** Characters other than whitespace, as AWS counts a policy's length. */
  size: number;
  /** The whole document, where a length over its quota is shown. */
  range: SourceRange;
}

/**
 * Compiled documents by kind and text. Organizations repeat the same documents (every Lambda role's
 * trust, the same boundary in every account), and an edit changes one document, so a document is
 * parsed and compiled once per distinct text. Entries not used by the latest scenario are dropped
 * at the next `rotate()`, so a long editing session does not accumulate every text ever typed.
 */
export class DocumentCache {
  // By kind, then by the text itself: a text is the memoised string the scenario's value gives (or
  // the user's), so its hash is computed once; a key joining kind and text copied every document.
  private current = new Map<PolicyKind, Map<string, CompiledText>>();
  private previous = new Map<PolicyKind, Map<string, CompiledText>>();

  get(kind: PolicyKind, text: string, make: () => CompiledText): CompiledText {
    let byText = this.current.get(kind);
    if (!byText) this.current.set(kind, (byText = new Map<string, CompiledText>()));
    let hit = byText.get(text);
    if (hit) return hit;
    hit = this.previous.get(kind)?.get(text) ?? make();
    byText.set(text, hit);
    return hit;
  }

  /** Starts a new generation: what the next scenario does not use again is forgotten. */
  rotate(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/** Parses a document from the user's text when there is one, else from the scenario value. */
export function compileDocument(
  id: string,
  kind: PolicyKind,
  name: string,
  value: unknown,
  texts: Readonly<Record<string, string>> | undefined,
  problems: DocumentProblem[],
  cache: DocumentCache,
): CompiledPolicy | undefined {
  // The text parsePolicyValue would parse; values without one take the uncached path and its
  // diagnostics.
  const typed = texts?.[id];
  const source = documentText(value, typed);
  const entry =
    source === undefined
      ? compileText(parsePolicyValue(value, kind, UNPLACED), kind, 0)
      : cache.get(kind, source, () => ({
          text: source,
          ...compileText(
            parsePolicy(source, kind, typed === undefined ? { placement: null, value } : UNPLACED),
            kind,
            countNonWhitespace(source),
          ),
        }));
  if (entry.text !== undefined && typed === undefined) shareDocumentJson(value, entry.text);
  const report = (d: Diagnostic) => problems.push({ documentId: id, ...d });
  entry.diagnostics.forEach(report);
  // The quota depends on where the document is attached, so it is checked here and not cached by text.
  const over = quotaDiagnostic(entry.size, placementOf(id, kind), typed === undefined, entry.range);
  if (over) report(over);
  // The shared compilation is re-labelled for this document; its statements are shared, read-only.
  return entry.policy && relabelPolicy(entry.policy, name, id);
}

/** Length quotas are checked per document by `compileDocument`, which knows where each is attached. */
const UNPLACED = { placement: null } as const;

/** Where a document of the scenario is attached (see model/documents.ts for the ids). */
function placementOf(id: string, kind: PolicyKind): PolicyPlacement {
  const inline = id.indexOf('#inline/');
  if (inline >= 0) {
    const owner = id.slice(0, inline);
    return owner.includes(':user/') ? 'userInline' : owner.includes(':group/') ? 'groupInline' : 'roleInline';
  }
  if (kind === 'identity' && isAwsManagedPolicyArn(id)) return 'awsManaged';
  return DEFAULT_PLACEMENT[kind];
}

/**
 * A document is evaluated whenever it parses to a policy, errors or not: AWS stored what an export
 * holds, and reads an odd value (an action with a space, a comma inside one string) as one that
 * matches nothing. Only statements lacking what evaluation needs are left out (see parsePolicy).
 */
function compileText(parsed: ParsePolicyResult, kind: PolicyKind, size: number): CompiledText {
  return {
    diagnostics: parsed.diagnostics,
    policy: parsed.policy ? compilePolicy(parsed.policy, kind, '', parsed.diagnostics) : undefined,
    size,
    range: parsed.documentRange ?? documentStartRange(),
  };
}

/** AWS managed policies are static data: compiled once per kind for the life of the module. */
const awsManaged = new Map<string, CompiledPolicy | undefined>();

function awsManagedPolicy(arn: string, kind: ManagedKind): CompiledPolicy | undefined {
  const key = `${kind}|${arn}`;
  if (awsManaged.has(key)) return awsManaged.get(key);
  let policy: CompiledPolicy | undefined;
  const parsed = parsePolicyValue(awsManagedPolicies[arn], kind);
  if (parsed.policy)
    policy = compilePolicy(parsed.policy, kind, arn.slice(arn.lastIndexOf('/') + 1), [], arn);
  awsManaged.set(key, policy);
  return policy;
}

export function prepareScenario(
  scenario: Scenario,
  texts: Readonly<Record<string, string>> = {},
  cache: DocumentCache = new DocumentCache(),
): PreparedScenario {
  const problems: DocumentProblem[] = [];
  const compiled = new Map<string, CompiledPolicy | undefined>();
  const find = documentLookup(scenario);
  // Without typed texts (the command line) no id is looked up: a fresh id string looked up as an
  // object key is flattened and hashed first, ~20 ms over a 10k-role organization's documents.
  const typed = Object.keys(texts).length > 0 ? texts : undefined;
  for (const ref of listDocuments(scenario)) {
    compiled.set(ref.id, compileDocument(ref.id, ref.kind, ref.label, find(ref.id), typed, problems, cache));
  }
  const managed = managedLookup(compiled);

  const org = scenario.organization;
  const path = unitPaths(scenario);
  const { scpLevels, rcpLevels } = organizationLevels(scenario, compiled, path);
  // One list per account, shared by its principals' facts (and the context keys made from them).
  const pathsByAccount = new Map<string, string[] | undefined>();
  const orgPaths = (account: string) => {
    if (pathsByAccount.has(account)) return pathsByAccount.get(account);
    const units = path.get(account);
    const paths = units && org ? [`${org.id}/${units.map((u) => u.id).join('/')}/`] : undefined;
    pathsByAccount.set(account, paths);
    return paths;
  };

  const principals = new Map<string, PreparedPrincipal>();
  const groupsByArn = new Map((scenario.groups ?? []).map((g) => [g.arn, g]));
  const facts = (account: string, tags?: Record<string, string>): PrincipalFacts => {
    const f: PrincipalFacts = {};
    if (org && path.has(account)) f.orgId = org.id;
    const paths = orgPaths(account);
    if (paths) f.orgPaths = paths;
    if (tags && Object.keys(tags).length > 0) f.tags = tags;
    return f;
  };

  for (const user of scenario.users ?? []) {
    const account = accountOfArn(user.arn) ?? '';
    const f = facts(account, user.tags);
    if (user.userId) f.userId = user.userId;
    principals.set(user.arn, {
      arn: user.arn,
      kind: 'user',
      account,
      ...policiesOf(user, compiled, managed, groupsByArn),
      facts: f,
      mfa: user.mfa ?? true,
    });
  }

  for (const role of scenario.roles ?? []) {
    const account = accountOfArn(role.arn) ?? '';
    const rolePath =
      role.arn.slice(role.arn.indexOf(':role') + ':role'.length, role.arn.lastIndexOf('/') + 1) || '/';
    const f = facts(account, role.tags);
    f.rolePath = rolePath;
    if (role.roleId) f.userId = role.roleId;
    if (rolePath.startsWith('/aws-service-role/')) f.serviceLinkedRole = true;
    const prepared: PreparedPrincipal = {
      arn: role.arn,
      kind: 'role',
      account,
      ...policiesOf(role, compiled, managed, groupsByArn),
      facts: f,
      trustDocumentId: `${role.arn}#trust`,
      maxSessionDuration: role.maxSessionDuration ?? 3600,
    };
    setTrust(prepared, compiled.get(`${role.arn}#trust`), compiled);
    principals.set(role.arn, prepared);
  }

  const resourcePolicies = new Map<string, CompiledPolicy>();
  for (const resource of scenario.resources ?? []) {
    const c = compiled.get(`${resource.arn}#policy`);
    if (c) resourcePolicies.set(resource.arn, resourcePolicyOf(resource.arn, c));
  }

  const all = [...principals.values()];
  // One set of source keys per account, shared by every service hop into its roles.
  const sourceKeysByAccount = new Map<string, Readonly<Record<string, ContextValue>>>();
  const prepared: PreparedScenario = {
    scenario,
    problems,
    principals,
    roles: all.filter((p) => p.kind === 'role'),
    users: all.filter((p) => p.kind === 'user'),
    scpLevels,
    rcpLevels,
    resourcePolicies,
    documents: compiled,
    sourceKeys: (account) => {
      let keys = sourceKeysByAccount.get(account);
      if (keys) return keys;
      const made: Record<string, ContextValue> = { 'aws:SourceAccount': account };
      const paths = orgPaths(account);
      if (org && paths) {
        made['aws:SourceOrgID'] = org.id;
        made['aws:SourceOrgPaths'] = paths;
      }
      sourceKeysByAccount.set(account, (keys = Object.freeze(made)));
      return keys;
    },
  };
  if (org) prepared.orgId = org.id;
  return prepared;
}

/** How a managed policy is attached: to a principal, as its boundary, or passed as a session policy. */
type ManagedKind = 'identity' | 'boundary' | 'session';
type ManagedLookup = (arn: string, kind: ManagedKind) => CompiledPolicy | undefined;

/** Managed policies by ARN: the scenario's own documents, else AWS's, each kind made once. */
export function managedLookup(compiled: ReadonlyMap<string, CompiledPolicy | undefined>): ManagedLookup {
  const cache = new Map<string, CompiledPolicy | undefined>();
  return (arn, kind) => {
    const key = `${kind}|${arn}`;
    if (cache.has(key)) return cache.get(key);
    let policy: CompiledPolicy | undefined;
    const own = compiled.get(arn);
    if (own) policy = kind === 'identity' ? own : relabelPolicy(own, own.name, own.documentId, kind);
    else if (isAwsManagedPolicyArn(arn) && awsManagedPolicies[arn] !== undefined)
      policy = awsManagedPolicy(arn, kind);
    cache.set(key, policy);
    return policy;
  };
}

/**
 * A user's or role's identity policies (inline, managed, and for users their groups'), boundary, the
 * managed policies we have no document for, and what it names that the scenario lacks altogether.
 */
export function policiesOf(
  spec: UserSpec | RoleSpec,
  compiled: ReadonlyMap<string, CompiledPolicy | undefined>,
  managed: ManagedLookup,
  groupsByArn: ReadonlyMap<string, GroupSpec>,
): Pick<PreparedPrincipal, 'identityPolicies' | 'boundaries' | 'unknownPolicies' | 'assumptions'> {
  const unknown: string[] = [];
  const identity: CompiledPolicy[] = [];
  const addManaged = (arn: string) => {
    const p = managed(arn, 'identity');
    if (p) identity.push(p);
    else unknown.push(arn);
  };
  for (const p of spec.inlinePolicies ?? []) {
    const c = compiled.get(`${spec.arn}#inline/${p.name}`);
    if (c) identity.push(c);
  }
  (spec.managedPolicies ?? []).forEach(addManaged);
  const groups = 'groups' in spec ? (spec.groups ?? []) : [];
  for (const groupArn of groups) {
    const group = groupsByArn.get(groupArn);
    for (const p of group?.inlinePolicies ?? []) {
      const c = compiled.get(`${groupArn}#inline/${p.name}`);
      if (c) identity.push(c);
    }
    (group?.managedPolicies ?? []).forEach(addManaged);
  }
  const arn = spec.permissionsBoundary;
  const boundary = arn ? managed(arn, 'boundary') : undefined;
  const unknownPolicies = arn && !boundary ? [...unknown, arn] : unknown;
  return {
    identityPolicies: identity,
    boundaries: arn ? [boundary ?? denyAllBoundary(arn)] : [],
    unknownPolicies,
    assumptions: missingAssumptions(
      spec.arn,
      groups.filter((g) => !groupsByArn.has(g)),
      // Unknown but in the scenario: its document does not compile, named as unreadable below.
      unknownPolicies.filter((p) => !compiled.has(p)),
      unreadableAssumptions(documentIdsOf(spec, groups, groupsByArn), compiled),
    ),
  };
}

/** The ids of every document of the scenario whose policies a principal has, boundary included. */
function documentIdsOf(
  spec: UserSpec | RoleSpec,
  groups: string[],
  groupsByArn: ReadonlyMap<string, GroupSpec>,
): string[] {
  const ids = (spec.inlinePolicies ?? []).map((p) => `${spec.arn}#inline/${p.name}`);
  ids.push(...(spec.managedPolicies ?? []));
  for (const groupArn of groups) {
    const group = groupsByArn.get(groupArn);
    ids.push(...(group?.inlinePolicies ?? []).map((p) => `${groupArn}#inline/${p.name}`));
    ids.push(...(group?.managedPolicies ?? []));
  }
  if (spec.permissionsBoundary) ids.push(spec.permissionsBoundary);
  return ids;
}

/**
 * Documents of the scenario that could not be read in full: one that does not parse at all, or one
 * with statements left out for lacking what evaluation needs. What they say is unknown, so every
 * decision they take part in rests on taking them as nothing.
 */
export function unreadableAssumptions(
  ids: readonly string[],
  compiled: ReadonlyMap<string, CompiledPolicy | undefined>,
): Assumption[] {
  return [...new Set(ids)].sort().flatMap((document) => {
    if (!compiled.has(document)) return [];
    const policy = compiled.get(document);
    if (policy && !policy.skipped) return [];
    const statements = policy?.skipped ? policy.skipped.map((i) => `#${i + 1}`).join(', ') : '*';
    return [assumption('unreadable-document', { document, statements })];
  });
}

function missingAssumptions(
  principal: string,
  groups: string[],
  policies: string[],
  unreadable: Assumption[],
): readonly Assumption[] {
  if (groups.length === 0 && policies.length === 0 && unreadable.length === 0) return NO_ASSUMPTIONS;
  return Object.freeze([
    ...[...new Set(groups)]
      .sort()
      .map((group) => assumption('group-not-imported', { user: principal, group })),
    ...[...new Set(policies)]
      .sort()
      .map((policy) => assumption('policy-not-imported', { principal, policy })),
    ...unreadable,
  ]);
}

/**
 * A boundary we cannot read: the safe reading is that it allows nothing, so the analysis never shows
 * access it cannot justify. The principal lists it among its unknown policies.
 */
function denyAllBoundary(arn: string): CompiledPolicy {
  return compilePolicy({ version: '2012-10-17', statements: [] }, 'boundary', `${arn} (unknown)`);
}

/** A resource's compiled policy, named as decisions quote it. */
export function resourcePolicyOf(arn: string, policy: CompiledPolicy): CompiledPolicy {
  return relabelPolicy(policy, arn.slice(arn.lastIndexOf(':') + 1));
}

/**
 * Gives a role its compiled trust policy (or none), and the assumption every edge into it carries
 * when that policy could not be read in full.
 */
export function setTrust(
  role: PreparedPrincipal,
  trust: CompiledPolicy | undefined,
  compiled: ReadonlyMap<string, CompiledPolicy | undefined>,
): void {
  if (trust) role.trust = trustOfRole(role.arn, trust);
  else delete role.trust;
  const unread = trust?.skipped ? unreadableAssumptions([`${role.arn}#trust`], compiled) : [];
  if (unread.length > 0) role.trustAssumptions = Object.freeze(unread);
  else delete role.trustAssumptions;
}

/** A role's compiled trust policy, named as decisions quote it. */
function trustOfRole(roleArn: string, trust: CompiledPolicy): CompiledPolicy {
  return relabelPolicy(trust, `role ${roleArn.slice(roleArn.lastIndexOf('/') + 1)}`);
}

/** The text a document is compiled from: the user's, else its value's JSON (as parsePolicyValue writes it). */
export function documentText(value: unknown, typed: string | undefined): string | undefined {
  return typed !== undefined ? typed : documentJson(value);
}

/**
 * Whether the scenario holds the account of `arn`: only then is a role missing from it missing
 * from AWS (an account export lists every role); otherwise it is unknown.
 */
export function holdsAccountOf(prepared: PreparedScenario, arn: string): boolean {
  const account = arn.split(':')[4];
  return prepared.scenario.accounts.some((a) => a.id === account);
}
