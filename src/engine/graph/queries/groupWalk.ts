/**
 * Walking through a group. A group is never a principal
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html): an edge from a group is the hop
 * of one user (its `joiner`) that has added itself to the group, made with the group's policies
 * beside its own. A walk may take such an edge only right after that user's `iam:AddUserToGroup`
 * edge into the group, never after another member's `MemberOf` edge or another user's join. So a
 * walk's state at a group it entered by a join is the group and the user that joined; everywhere
 * else it is the node alone, and these keys name the states (`group\nuser`: an ARN holds no newline).
 */
import type { GraphEdge } from '../types';

/** The escalation technique of a user adding itself to a group: the only one that ends in a group. */
export const JOIN_TECHNIQUE = 'iam:AddUserToGroup';

/** Whether an edge is a user adding itself to a group. */
export function joinsGroup(edge: Pick<GraphEdge, 'kind' | 'technique'>): boolean {
  return edge.kind === 'Escalation' && edge.technique === JOIN_TECHNIQUE;
}

/** The state a walk is in after taking `edge` forward. */
export function stateAfter(edge: GraphEdge): string {
  return joinsGroup(edge) ? `${edge.to}\n${edge.from}` : edge.to;
}

/** The state a walk must be in to take `edge`: the group as its joiner entered it, for a group's hop. */
export function stateBefore(edge: GraphEdge): string {
  return edge.joiner === undefined ? edge.from : `${edge.from}\n${edge.joiner}`;
}

/** Whether a walk forward in `state` (at `edge.from`) may take `edge`. */
export function mayTakeForward(state: string, edge: GraphEdge): boolean {
  return edge.joiner === undefined || stateBefore(edge) === state;
}

/**
 * Whether a walk backward in `state` (at `edge.to`: the node itself, or a group one user's hop leaves)
 * may take `edge` back: into a group's state only that user's join leads.
 */
export function mayTakeBackward(state: string, edge: GraphEdge): boolean {
  return state === edge.to || stateAfter(edge) === state;
}
