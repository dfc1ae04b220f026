/**
 * Questions about one principal: what may it do to a resource ("can"), and why is there no edge
 * between two nodes ("why not") — answered with the failing check and where it is written.
 */
import { evaluateRequest, type CompiledInputs } from '../../evaluate/evaluateRequest';
import type { EvaluationResult } from '../../evaluate/types';
import { parseArn } from '../../match/arn';
import type { ContextValue, SourceRange } from '../../types';
import { evaluateHop, replayHop } from '../hops/evaluateHop';
import type { PreparedPrincipal, PreparedScenario } from '../analysis/prepareScenario';
import { parsePrincipalArn } from '../../context/principal';
import { reachableFrom } from './paths';
import { rolesByName } from '../hops/sessionHops';
import { hopRequest } from '../hops/hopRequest';
import { isCut } from '../edges/edgeNotes';
import type { Analysis, EdgeNote, GraphEdge } from '../types';

export function canPrincipal(
  prepared: PreparedScenario,
  principalArn: string,
  action: string,
  resource: string,
  context: Record<string, ContextValue> = {},
): EvaluationResult {
  const caller = prepared.principals.get(principalArn) ?? roleOfSession(prepared, principalArn);
  const inputs: CompiledInputs = {};
  if (caller) {
    inputs.identityPolicies = caller.identityPolicies;
    if (caller.boundaries.length > 0) inputs.permissionBoundaries = caller.boundaries;
    const scps = prepared.scpLevels(caller.account);
    if (scps) inputs.serviceControlPolicies = scps;
  }
  const spec = findResource(prepared, resource);
  const targetRole = prepared.principals.get(resource);
  const resourceAccount = spec?.accountId ?? parseArn(resource)?.account ?? targetRole?.account;
  const policy =
    targetRole?.kind === 'role' && action.toLowerCase().startsWith('sts:')
      ? targetRole.trust
      : prepared.resourcePolicies.get(spec?.arn ?? resource);
  if (policy) inputs.resourcePolicy = policy;
  if (resourceAccount) {
    const rcps = prepared.rcpLevels(resourceAccount);
    if (rcps) inputs.resourceControlPolicies = rcps;
  }
  const request = {
    principal: principalArn,
    action,
    resource: { resource, ...(resourceAccount ? { accountId: resourceAccount } : {}) },
    context,
  };
  return evaluateRequest(request, inputs, caller ? { principal: caller.facts } : {});
}

/**
 * The scenario role behind a role-session ARN (`arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION`),
 * whose policies the session has: the ARN drops the role's path, so the role is found by account
 * and name (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns).
 */
function roleOfSession(prepared: PreparedScenario, arn: string): PreparedPrincipal | undefined {
  const session = parsePrincipalArn(arn);
  if (session?.kind !== 'assumedRole') return undefined;
  return rolesByName(prepared)().get(`${session.account}/${session.name}`);
}

/**
 * The scenario resource a request is about: the resource itself, or for an S3 object its bucket,
 * whose policy governs "the bucket and the objects in it" (S3 User Guide, bucket-policies.html).
 */
function findResource(prepared: PreparedScenario, arn: string) {
  const resources = prepared.scenario.resources ?? [];
  const exact = resources.find((r) => r.arn === arn);
  if (exact) return exact;
  const bucket = /^(arn:[^:]+:s3:::[^/]+)\//.exec(arn)?.[1];
  return bucket ? resources.find((r) => r.arn === bucket) : undefined;
}

export interface WhyNot {
  /** One English sentence with the failing check. */
  sentence: string;
  /**
   * What the answer is, as data the app words: an edge exists after all, the target is not a role,
   * nothing connects the two, or AWS refuses a hop (`result.reason` says why, when it was evaluated).
   */
  code: 'edge-exists' | 'not-a-role' | 'unconnected' | 'refused';
  /** The chain walked first: `from` becomes `becomes` in `hops` hop(s), and that principal's hop is refused. */
  via?: { from: string; becomes: string; hops: number };
  /** The edge the answer is about, when it has one (the edge that exists, the configured hop refused). */
  edgeId?: string;
  /** Why that edge fails when no evaluation decides it (a configuration AWS refuses). */
  note?: EdgeNote;
  documentId?: string;
  range?: SourceRange;
  result?: EvaluationResult;
}

export function whyNot(prepared: PreparedScenario, analysis: Analysis, from: string, to: string): WhyNot {
  const edge = analysis.edges.find((e) => e.from === from && e.to === to);
  if (edge?.permitted)
    return { sentence: `There is an edge: ${edge.explanation}`, code: 'edge-exists', edgeId: edge.id };
  if (edge) return brokenEdgeWhyNot(prepared, edge);
  const target = prepared.principals.get(to);
  if (target?.kind !== 'role')
    return { sentence: `${to} is not a role: only roles can be assumed.`, code: 'not-a-role' };
  const caller = prepared.principals.get(from);
  if (caller) return hopWhyNot(prepared, caller, target);
  const reached = reachableFrom(analysis, from);
  const becomes = (id: string, hops: number, answer: WhyNot): WhyNot => ({
    ...answer,
    sentence: `${from} becomes ${id.slice(id.lastIndexOf('/') + 1)} in ${hops} hop(s); from there: ${answer.sentence}`,
    via: { from, becomes: id, hops },
  });
  // What the chain is set up to do comes first: a configured hop into `to` along it (a pod's Pod
  // Identity association, a profile's role_arn) that AWS refuses is the check that fails.
  const configured = new Map(
    analysis.edges.filter((e) => e.to === to && e.configured && !e.permitted).map((e) => [e.from, e]),
  );
  const broken = reached.find((r) => configured.has(r.id));
  if (broken) return becomes(broken.id, broken.hops, brokenEdgeWhyNot(prepared, configured.get(broken.id)!));
  // A workload (instance, pod, function) becomes a role first: the best candidate chain is the
  // shortest one to a user or role it can become, and what fails is that principal's hop into `to`.
  const via = reached.find((r) => r.hops > 0 && r.id !== to && prepared.principals.has(r.id));
  const principal = via && prepared.principals.get(via.id);
  if (!via || !principal) {
    return {
      sentence: `${from} does not call sts:AssumeRole itself, and becomes no user or role that could; nothing in the scenario connects it to ${to}.`,
      code: 'unconnected',
    };
  }
  return becomes(principal.arn, via.hops, hopWhyNot(prepared, principal, target));
}

/** A configured hop AWS refuses: its own words, placed where the first refused request's check is. */
function brokenEdgeWhyNot(prepared: PreparedScenario, edge: GraphEdge): WhyNot {
  const refused = edge.decisions.find((d) => d.decision !== 'Allowed');
  const record = refused && hopRequest(edge, refused);
  const result = record && replayHop(prepared, record);
  const answer: WhyNot = { sentence: edge.explanation, code: 'refused', edgeId: edge.id };
  if (edge.note) answer.note = edge.note;
  if (!result) return answer;
  answer.result = result;
  // A cut hop's own words name its guardrail; the replay's name the caller and the role as well.
  if (isCut(edge)) answer.sentence = result.explanation;
  return located(answer, result, record.targetArn, prepared);
}

/** Why `caller` cannot assume `target`: the failing check, with the document and place it is written. */
function hopWhyNot(prepared: PreparedScenario, caller: PreparedPrincipal, target: PreparedPrincipal): WhyNot {
  const counter = { evaluations: 0 };
  const outcome = evaluateHop(
    prepared,
    { principal: caller.arn, caller, target, action: 'sts:AssumeRole', how: { mfa: caller.kind === 'user' } },
    counter,
  );
  // Bulk analysis skips traces; the answer needs the statements, so the hop is replayed with one.
  const result = replayHop(prepared, outcome.record) ?? outcome.result;
  return located({ sentence: result.explanation, code: 'refused', result }, result, target.arn, prepared);
}

/** The answer with the document and place of the check that decided it (else the trust's first unmet statement). */
function located(
  answer: WhyNot,
  result: EvaluationResult,
  targetArn: string,
  prepared: PreparedScenario,
): WhyNot {
  const ref = result.decidedBy;
  if (ref?.documentId !== undefined) {
    answer.documentId = ref.documentId;
    if (ref.range) answer.range = ref.range;
    return answer;
  }
  const trust = result.trace.policies.find((p) => p.kind === 'trust');
  const statement = trust?.statements.find((s) => !s.applies) ?? trust?.statements[0];
  const documentId = trust?.documentId ?? prepared.principals.get(targetArn)?.trustDocumentId;
  if (documentId !== undefined) answer.documentId = documentId;
  if (statement?.range) answer.range = statement.range;
  return answer;
}
