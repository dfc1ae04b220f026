/** Every policy of a request evaluated once, and the questions the decision flow asks of the outcomes. */
import type { CompiledPolicy } from './compilePolicy';
import {
  evaluatePolicy,
  type PolicyOutcome,
  type PreparedRequest,
  type StatementHit,
} from './evaluatePolicy';
import type { EvaluationInputs, OrgLevel, PrincipalMatchKind } from './types';

export interface LevelOutcome {
  level: string;
  outcomes: PolicyOutcome[];
}

export const NO_LEVELS: LevelOutcome[] = [];
export const NO_OUTCOMES: PolicyOutcome[] = [];

export function evaluateAll(
  policies: CompiledPolicy[] | undefined,
  prepared: PreparedRequest,
  trace: boolean,
): PolicyOutcome[] {
  if (!policies || policies.length === 0) return NO_OUTCOMES;
  return evaluateEach(policies, prepared, trace, undefined);
}

/** Lists made at their final size: pushing onto an empty list reserves room for seventeen. */
function evaluateEach(
  policies: CompiledPolicy[],
  prepared: PreparedRequest,
  trace: boolean,
  level: string | undefined,
): PolicyOutcome[] {
  const out = new Array<PolicyOutcome>(policies.length);
  for (let i = 0; i < policies.length; i++)
    out[i] = evaluatePolicy(policies[i] as CompiledPolicy, prepared, trace, level);
  return out;
}

export function evaluateLevels(
  levels: EvaluationInputs<CompiledPolicy>['serviceControlPolicies'],
  prepared: PreparedRequest,
  trace: boolean,
): LevelOutcome[] {
  if (!levels || levels.length === 0) return NO_LEVELS;
  const out = new Array<LevelOutcome>(levels.length);
  for (let i = 0; i < levels.length; i++) {
    const l = levels[i] as OrgLevel<CompiledPolicy>;
    out[i] = { level: l.orgIdentifier, outcomes: evaluateEach(l.policies, prepared, trace, l.orgIdentifier) };
  }
  return out;
}

/** The first identity-policy Allow, with its policy. */
export function firstAllow(outcomes: PolicyOutcome[]): { o: PolicyOutcome; a: StatementHit } | undefined {
  for (const o of outcomes) {
    const a = o.allows[0];
    if (a) return { o, a };
  }
  return undefined;
}

/** The first explicit deny, in the order the trace lists policies: SCP levels, RCP levels, the rest. */
export function firstDeny(
  scps: LevelOutcome[],
  rcps: LevelOutcome[],
  others: PolicyOutcome[],
): { o: PolicyOutcome; level: string | undefined } | undefined {
  for (const levels of [scps, rcps])
    for (const l of levels) for (const o of l.outcomes) if (o.denies.length > 0) return { o, level: l.level };
  for (const o of others) if (o.denies.length > 0) return { o, level: undefined };
  return undefined;
}

/** The first organization level none of whose policies allows; a level with no policies allows nothing. */
export function failingLevel(levels: LevelOutcome[]): string | undefined {
  return levels.find((l) => !l.outcomes.some((o) => o.allows.length > 0))?.level;
}

/** Among matching allows, the one whose principal kind grants the most on its own (domain 1.3). */
const STRENGTH: PrincipalMatchKind[] = [
  'user',
  'session',
  'federatedSession',
  'star',
  'service',
  'federated',
  'role',
  'account',
  'canonicalUser',
];

export function strongestAllow(allows: StatementHit[]): StatementHit | undefined {
  let best: StatementHit | undefined;
  for (const hit of allows) {
    const rank = STRENGTH.indexOf(hit.principalKind ?? 'account');
    if (!best || rank < STRENGTH.indexOf(best.principalKind ?? 'account')) best = hit;
  }
  return best;
}
