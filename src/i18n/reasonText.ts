/**
 * A decision's reason and its steps' in the interface's language, worded from catalogue entries per
 * code (`reason.<code>`, `reason.step.<code>`) and the reason's parameters, never from the engine's
 * English. ARNs, policy names, action names and condition keys are placed as they are.
 */
import type {
  ElementTrace,
  MissedCondition,
  PolicyKind,
  Reason,
  ReasonParams,
  StatementRef,
  StepReason,
  WhyNot,
} from '../engine';
import { OUTSIDE_IDENTITY_NAME } from '../engine/pageIndex';
import { edgeNoteText } from './edgeNoteText';
import type { Translate } from './translate';

export function reasonText(reason: Reason, t: Translate): string {
  return t(`reason.${reason.code}`, wordsOf(reason.params, t));
}

export function stepText(reason: StepReason, t: Translate): string {
  return t(`reason.step.${reason.code}`, wordsOf(reason.params, t));
}

/** Every placeholder a reason's words may name, each worded in the language. */
function wordsOf(p: ReasonParams, t: Translate): Record<string, string> {
  const resource = p.resourceWords ?? resourceWords(p.resource, t);
  const identity = typeof p.identity === 'object' ? p.identity : undefined;
  const identityPolicy = identity ? policyWords(identity, resource, t) : '';
  const ref = p.statement;
  return {
    principal: p.principal,
    caller: callerWords(p, t),
    action: p.action,
    resource,
    account: p.account ?? '?',
    level: p.level ?? '?',
    levels: (p.levels ?? []).join(' → '),
    statement: ref ? statementWords(ref, t) : '',
    policy: ref
      ? policyWords(ref, resource, t)
      : p.policy
        ? policyWords({ kind: p.policy.kind, policy: p.policy.name }, resource, t)
        : '',
    identityStatement: identity ? statementWords(identity, t) : '',
    identityPolicy,
    identity: identity ? t('reason.identity.policy', { identityPolicy }) : t('reason.identity.root'),
    limit: t(`reason.limit.${p.limit ?? 'boundary'}`),
    missed: p.missed ? missedWords(p.missed, t) : '',
    owned: p.rule && p.rule !== 'get-caller-identity' ? t(`reason.owned.${p.rule}`) : '',
    named: t(`reason.named.${p.principalKind ?? 'canonicalUser'}`),
    org: t(`reason.org.${p.orgPolicy ?? 'SCP'}`),
  };
}

/** The caller as its ARN shows it; one named only in words (a caller from outside) by its account. */
function callerWords(p: ReasonParams, t: Translate): string {
  const caller = p.caller;
  if (!caller) return t('reason.caller.unknown', { principal: p.principal });
  if (p.callerWords !== undefined)
    return 'account' in caller ? t('reason.caller.outside', { account: caller.account }) : p.callerWords;
  switch (caller.kind) {
    case 'root':
      return t('reason.caller.root', { account: caller.account });
    case 'anonymous':
      return t('reason.caller.anonymous');
    case 'assumedRole':
      return t('reason.caller.assumedRole', { name: caller.name, session: caller.sessionName });
    default:
      return t(`reason.caller.${caller.kind}`, { name: caller.name });
  }
}

/** A role by its name, as the engine's describeResource does; any other resource by its ARN. */
function resourceWords(resource: string, t: Translate): string {
  const role = /^arn:[^:]+:iam::\d{12}:role\/(.*)$/.exec(resource)?.[1];
  const name = role?.slice(role.lastIndexOf('/') + 1);
  return name ? t('reason.resource.role', { name }) : resource;
}

/**
 * A policy's name as the trace shows it: a trust policy's (its role) and the one the analysis makes
 * up for a caller from outside the scenario are said in the user's language; a real policy's name
 * stays as written.
 */
export function policyNameText(name: string, t: Translate): string {
  if (name === OUTSIDE_IDENTITY_NAME) return t('policy.outsideAssumedName');
  // A trust policy is named after its role ("role RoleForB"); IAM names never hold a space.
  const role = /^role (\S+)$/.exec(name)?.[1];
  return role === undefined ? name : t('reason.resource.role', { name: role });
}

/** Trust and resource policies are named after what they are attached to: the request's resource. */
function policyWords(
  ref: { kind: PolicyKind; policy: string; level?: string },
  resource: string,
  t: Translate,
): string {
  if (ref.policy === OUTSIDE_IDENTITY_NAME) return t('reason.policy.outsideAssumed');
  const at = ref.level !== undefined ? t('reason.policy.at', { level: ref.level }) : '';
  return t(`reason.policy.${ref.kind}`, { name: ref.policy, resource, at });
}

function statementWords(ref: Pick<StatementRef, 'index' | 'sid'>, t: Translate): string {
  return ref.sid
    ? t('reason.statement.sid', { sid: ref.sid })
    : t('reason.statement.index', { number: ref.index + 1 });
}

function missedWords(missed: MissedCondition, t: Translate): string {
  const statement =
    missed.sid !== undefined
      ? t('reason.statement.sid', { sid: missed.sid })
      : t('reason.statement.index', { number: missed.index + 1 });
  const actual =
    missed.actual === null ? t('reason.missed.noKey') : missed.actual.join(', ') || t('reason.missed.empty');
  return t('reason.missed', {
    statement,
    operator: missed.operator,
    key: missed.key,
    expected: missed.expected.join(' | '),
    actual,
  });
}

/**
 * "Why not", worded from its code, the chain walked first and the refused hop's reason. Only what no
 * request decided (a hop its configuration breaks) and an edge that exists after all are told by
 * the edge's own explanation, `edgeWords`.
 */
export function whyNotText(
  answer: WhyNot,
  ends: { from: string; to: string; edgeWords: string },
  t: Translate,
): string {
  const own =
    answer.code === 'not-a-role'
      ? t('whyNot.notARole', ends)
      : answer.code === 'unconnected'
        ? t('whyNot.unconnected', ends)
        : answer.code === 'edge-exists'
          ? t('whyNot.edgeExists', { explanation: ends.edgeWords })
          : answer.result
            ? reasonText(answer.result.reason, t)
            : answer.note
              ? edgeNoteText(answer.note, t)
              : ends.edgeWords;
  if (!answer.via) return own;
  const { from, becomes, hops } = answer.via;
  return t('whyNot.via', { from, becomes: becomes.slice(becomes.lastIndexOf('/') + 1), hops, answer: own });
}

/** What an element of a statement matched, or why not when its pattern does not say. */
export function elementText(element: ElementTrace, t: Translate): string {
  if (element.by !== undefined) return element.by;
  if (element.noteCode) return t(`trace.note.${element.noteCode}`, { value: element.noteValue ?? '' });
  return element.note ?? '';
}
