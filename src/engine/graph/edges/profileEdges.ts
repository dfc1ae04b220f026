/**
 * `~/.aws/config` profiles in the graph. A profile with `role_arn` is a node with a `CliProfile`
 * edge to that role, decided as the very request the CLI makes for it: `sts:AssumeRole` signed with
 * the source credentials, carrying the profile's `external_id`, `role_session_name` and MFA
 * (https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-role.html). A `source_profile`
 * draws a `SourceProfile` edge from the profile whose credentials sign the call.
 *
 * Who signs is what the file alone cannot always tell: a source profile with its own role signs as
 * that role; `credential_source = Ec2InstanceMetadata` (or `EcsContainer`) signs as the role of
 * whichever instance (task) the file lives on, which is named as an assumption; static keys, the
 * environment or a web identity token sign as someone the scenario does not show, and the hop is
 * left undecided.
 */
import { cliProfileId, instanceArn, instanceRoleOf, type CliProfileSpec } from '../../../model/scenario';
import { allAssumptions, assumption } from '../analysis/assumptions';
import { profileSession } from '../analysis/profileSessions';
import { EdgeBuilder } from './edgeBuilder';
import { edgeNote, notedEdge } from './edgeNotes';
import { spliceEdges } from '../incremental/editContext';
import { evaluateHop, type HopOutcome, type HopRequest } from '../hops/evaluateHop';
import { holdsAccountOf, type PreparedPrincipal, type PreparedScenario } from '../analysis/prepareScenario';
import { edgeSideAssumptions } from '../analysis/sideAssumptions';
import type { Assumption, EdgeKind, EdgeNote, GraphEdge } from '../types';

type Counter = { evaluations: number };

/** The session name the CLI makes up when a profile sets none (botocore's `botocore-session-EPOCH`). */
const DEFAULT_SESSION_NAME = 'botocore-session-1700000000';

/** Whose credentials sign a profile's AssumeRole call, as far as the scenario tells. */
type Signer =
  | { kind: 'role'; role: PreparedPrincipal; profile: string }
  | { kind: 'hosts'; hosts: { host: string; role: PreparedPrincipal }[]; source: string }
  | { kind: 'unknown'; source: string }
  | { kind: 'none' };

/** The role a profile ends up as, following `source_profile` until one sets `role_arn`. */
function signerOf(prepared: PreparedScenario, profile: CliProfileSpec): Signer {
  const { scenario } = prepared;
  if (profile.webIdentityTokenFile !== undefined)
    return { kind: 'unknown', source: 'web_identity_token_file' };
  if (profile.sourceProfile !== undefined) {
    // A profile that is its own source signs with the keys it holds, not its role.
    const source = (scenario.cliProfiles ?? []).find(
      (p) => p.name === profile.sourceProfile && p !== profile,
    );
    const role = source?.roleArn && prepared.principals.get(source.roleArn);
    return role && role.kind === 'role'
      ? { kind: 'role', role, profile: profile.sourceProfile }
      : { kind: 'unknown', source: `source_profile = ${profile.sourceProfile}` };
  }
  const source = profile.credentialSource;
  if (source === 'Ec2InstanceMetadata' || source === 'EcsContainer') {
    const hosts = hostRoles(prepared, source);
    return hosts.length > 0
      ? { kind: 'hosts', hosts, source: `credential_source = ${source}` }
      : { kind: 'unknown', source: `credential_source = ${source}` };
  }
  if (source === 'Environment') return { kind: 'unknown', source: 'credential_source = Environment' };
  return { kind: 'none' };
}

/** The scenario's instances (or ECS tasks) with a role of the scenario, each a place the file may be. */
function hostRoles(
  prepared: PreparedScenario,
  source: 'Ec2InstanceMetadata' | 'EcsContainer',
): { host: string; role: PreparedPrincipal }[] {
  const { scenario } = prepared;
  const roleOf = instanceRoleOf(scenario);
  const pairs =
    source === 'Ec2InstanceMetadata'
      ? (scenario.instances ?? []).map((i) => ({ host: instanceArn(i), roleArn: roleOf(i) }))
      : (scenario.ecsTaskDefinitions ?? []).map((t) => ({ host: t.arn, roleArn: t.taskRoleArn }));
  return pairs.flatMap(({ host, roleArn }) => {
    const role = roleArn === undefined ? undefined : prepared.principals.get(roleArn);
    return role?.kind === 'role' ? [{ host, role }] : [];
  });
}

/**
 * The request the CLI makes for `profile`, signed by `caller` (the session of `callerProfile`, whose
 * session policies limit it), decided by the engine. Session tags go with the request as
 * aws:RequestTag/KEY and aws:TagKeys (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html).
 */
function profileHop(
  prepared: PreparedScenario,
  profile: CliProfileSpec,
  caller: { role: PreparedPrincipal; profile?: string },
  target: PreparedPrincipal,
  action: 'sts:AssumeRole' | 'sts:TagSession',
  counter: Counter,
): HopOutcome {
  const tags = Object.entries(profile.sessionTags ?? {});
  const context = {
    'sts:RoleSessionName': profile.roleSessionName ?? DEFAULT_SESSION_NAME,
    ...(profile.externalId !== undefined ? { 'sts:ExternalId': profile.externalId } : {}),
    ...(profile.mfaSerial !== undefined ? { 'aws:MultiFactorAuthPresent': true } : {}),
    ...Object.fromEntries(tags.map(([k, v]) => [`aws:RequestTag/${k}`, v])),
    ...(tags.length > 0 ? { 'aws:TagKeys': tags.map(([k]) => k) } : {}),
  };
  // The file decides what the call carries: nothing the trust asks for can be added on the way.
  const fixed = new Set([
    'sts:rolesessionname',
    'sts:externalid',
    'aws:multifactorauthpresent',
    'aws:multifactorauthage',
  ]);
  const limited = caller.profile !== undefined && profileSession(prepared, caller.profile);
  const hop: HopRequest = {
    principal: caller.role.arn,
    caller: caller.role,
    target,
    action,
    context,
    how: { mfa: false, fixed },
  };
  if (limited && limited.policies.length > 0) hop.sessionProfile = limited.profile;
  return evaluateHop(prepared, hop, counter);
}

/**
 * The profile's calls: sts:AssumeRole, and sts:TagSession too when it passes session tags, which the
 * trust must also allow (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_permissions-required).
 */
function profileHops(
  prepared: PreparedScenario,
  profile: CliProfileSpec,
  caller: { role: PreparedPrincipal; profile?: string },
  target: PreparedPrincipal,
  counter: Counter,
): { action: string; outcome: HopOutcome }[] {
  const actions =
    Object.keys(profile.sessionTags ?? {}).length > 0
      ? (['sts:AssumeRole', 'sts:TagSession'] as const)
      : (['sts:AssumeRole'] as const);
  return actions.map((action) => ({
    action,
    outcome: profileHop(prepared, profile, caller, target, action, counter),
  }));
}

/**
 * Why AWS refuses the requested duration before any policy is read, if it does: a chained session
 * lasts at most an hour, any session at most the role's maximum
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html, DurationSeconds).
 */
function durationRefusal(profile: CliProfileSpec, target: PreparedPrincipal): EdgeNote | undefined {
  const asked = profile.durationSeconds;
  if (asked === undefined) return undefined;
  const max = target.maxSessionDuration ?? 3600;
  if (asked > 3600) return edgeNote('profile-chained-duration', { asked });
  if (asked > max) return edgeNote('profile-duration-over-max', { asked, max });
  return undefined;
}

export function addProfileEdges(prepared: PreparedScenario, edges: EdgeBuilder, counter: Counter): void {
  const profiles = prepared.scenario.cliProfiles ?? [];
  const names = new Set(profiles.map((p) => p.name));
  for (const profile of profiles) {
    const from = cliProfileId(profile.name);
    if (profile.sourceProfile !== undefined && names.has(profile.sourceProfile)) {
      const note = edgeNote('source-profile', { profile: profile.name, source: profile.sourceProfile });
      edges.add(notedEdge(cliProfileId(profile.sourceProfile), from, 'SourceProfile', note));
    }
    if (profile.roleArn !== undefined) roleEdge(prepared, profile, profile.roleArn, edges, counter);
  }
}

function roleEdge(
  prepared: PreparedScenario,
  profile: CliProfileSpec,
  roleArn: string,
  edges: EdgeBuilder,
  counter: Counter,
): void {
  const from = cliProfileId(profile.name);
  const target = prepared.principals.get(roleArn);
  if (target?.kind !== 'role') {
    if (!holdsAccountOf(prepared, roleArn)) edges.undecided(from, roleArn, 'CliProfile');
    else edges.broken(from, roleArn, 'CliProfile', edgeNote('role-not-in-scenario', { role: roleArn }));
    return;
  }
  const signer = signerOf(prepared, profile);
  if (signer.kind === 'none') {
    edges.broken(from, roleArn, 'CliProfile', edgeNote('profile-no-credentials', { profile: profile.name }));
    return;
  }
  if (signer.kind === 'unknown') {
    edges.broken(
      from,
      roleArn,
      'CliProfile',
      edgeNote('profile-signer-unknown', { profile: profile.name, source: signer.source }),
      Object.freeze([assumption('profile-signer-unknown', { profile: profile.name, source: signer.source })]),
    );
    return;
  }
  const refusal = durationRefusal(profile, target);
  if (refusal) {
    edges.broken(from, roleArn, 'CliProfile', refusal);
    return;
  }
  const { hops, assumptions } = decideSigned(prepared, profile, signer, target, counter);
  const session = profileSession(prepared, profile.name);
  edges.fromHops(from, roleArn, 'CliProfile', true, hops, {
    chained: true,
    assumptions: session ? allAssumptions([assumptions, session.assumptions]) : assumptions,
  });
}

/**
 * The profile's hop, signed by the source profile's role, or, for a credential source, by the first
 * host whose role the target lets in (else the first host), named as an assumption with the host.
 * Each host's hop is decided once.
 */
function decideSigned(
  prepared: PreparedScenario,
  profile: CliProfileSpec,
  signer: Extract<Signer, { kind: 'role' | 'hosts' }>,
  target: PreparedPrincipal,
  counter: Counter,
): { hops: { action: string; outcome: HopOutcome }[]; assumptions: readonly Assumption[] } {
  if (signer.kind === 'role')
    return {
      hops: profileHops(prepared, profile, signer, target, counter),
      assumptions: signer.role.assumptions,
    };
  let chosen:
    { host: string; role: PreparedPrincipal; hops: { action: string; outcome: HopOutcome }[] } | undefined;
  for (const host of signer.hosts) {
    const hops = profileHops(prepared, profile, host, target, counter);
    chosen ??= { ...host, hops };
    if (hops.every((h) => h.outcome.permitted)) {
      chosen = { ...host, hops };
      break;
    }
  }
  // signerOf gives hosts only when there is at least one.
  const { host, role, hops } = chosen as NonNullable<typeof chosen>;
  return {
    hops,
    assumptions: Object.freeze([
      ...role.assumptions,
      assumption('profile-host-assumed', {
        profile: profile.name,
        source: signer.source,
        host,
        role: role.arn,
      }),
    ]),
  };
}

const PROFILE_KINDS: ReadonlySet<EdgeKind> = new Set(['CliProfile', 'SourceProfile']);

/**
 * `edges` with the profile edges decided again: an incremental run (incremental.ts) rebuilds only
 * the edges an edit owns, and any trust, identity or organization policy can change a profile's hop.
 * A scenario has a handful of profiles, so they are simply all redone.
 */
export function withProfileEdges(
  prepared: PreparedScenario,
  edges: readonly GraphEdge[],
  counter: Counter,
): GraphEdge[] {
  const builder = new EdgeBuilder(edgeSideAssumptions(prepared));
  addProfileEdges(prepared, builder, counter);
  return spliceEdges(edges, builder.list(), (e) => PROFILE_KINDS.has(e.kind));
}
