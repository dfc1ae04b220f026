/**
 * Chains through a CLI profile that passes session policies. The session its call makes can do only
 * what the session policies and the role's own policies both allow
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session), its
 * next hops included: the graph decides a role's hops for the role's sessions in general, so a
 * chain that goes on from a limited session holds only if that hop, decided again with the
 * session policies, still does.
 */
import { cliProfileId } from '../../model/scenario';
import type { PreparedScenario } from '../graph/analysis/prepareScenario';
import { profileSession, type ProfileSession } from '../graph/analysis/profileSessions';
import { hopRequest } from '../graph/hops/hopRequest';
import { replayHop } from '../graph/hops/evaluateHop';
import type { GraphEdge } from '../graph/types';

const PROFILE_PREFIX = cliProfileId('');

/** The profile session a hop makes: a CliProfile edge from a profile that passes policies or tags. */
export function madeBy(prepared: PreparedScenario, edge: GraphEdge | undefined): ProfileSession | undefined {
  if (edge?.kind !== 'CliProfile' || !edge.from.startsWith(PROFILE_PREFIX)) return undefined;
  return profileSession(prepared, edge.from.slice(PROFILE_PREFIX.length));
}

const held = new WeakMap<PreparedScenario, Map<string, boolean>>();

/** Whether `next` still holds after `before`: always, unless `before` made a session limited by session policies. */
export function hopHolds(
  prepared: PreparedScenario,
  before: GraphEdge | undefined,
  next: GraphEdge | undefined,
): boolean {
  if (!before || !next) return true;
  const session = madeBy(prepared, before);
  if (!session || session.policies.length === 0) return true;
  let byPair = held.get(prepared);
  if (!byPair) held.set(prepared, (byPair = new Map<string, boolean>()));
  const key = `${before.id}\n${next.id}`;
  let holds = byPair.get(key);
  if (holds === undefined) {
    holds = next.decisions.every((decision) => {
      const record = hopRequest(next, decision);
      // Hops the session does not sign (none from a role today) are not its to limit.
      if (!record || record.callerArn !== before.to) return true;
      const result = replayHop(prepared, { ...record, sessionProfile: session.profile }, false);
      return result?.decision === 'Allowed';
    });
    byPair.set(key, holds);
  }
  return holds;
}
