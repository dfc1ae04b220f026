/**
 * Group membership: each user of the scenario into each group of the scenario it is a member of.
 * A group's policies are its members' (prepareScenario.ts gives them to each member), so the edge
 * says where they come from, and an `iam:AddUserToGroup` escalation lands on the same node.
 */
import type { PreparedScenario } from '../analysis/prepareScenario';
import { edgeSideAssumptions } from '../analysis/sideAssumptions';
import { spliceEdges } from '../incremental/editContext';
import type { GraphEdge } from '../types';
import { EdgeBuilder } from './edgeBuilder';
import { edgeNote, notedEdge } from './edgeNotes';

export function addMemberEdges(prepared: PreparedScenario, edges: EdgeBuilder): void {
  const groups = new Set((prepared.scenario.groups ?? []).map((g) => g.arn));
  const name = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);
  for (const user of prepared.scenario.users ?? []) {
    for (const group of user.groups ?? []) {
      if (!groups.has(group)) continue;
      const note = edgeNote('member-of', { user: name(user.arn), group: name(group) });
      const assumptions = prepared.principals.get(user.arn)?.assumptions ?? [];
      edges.add(notedEdge(user.arn, group, 'MemberOf', note, { assumptions }));
    }
  }
}

/**
 * `edges` with the membership edges made again: an incremental run rebuilds the edges leaving an
 * edited user, these among them, and a member's edges carry what its own documents rest on.
 */
export function withMemberEdges(prepared: PreparedScenario, edges: readonly GraphEdge[]): GraphEdge[] {
  if ((prepared.scenario.groups ?? []).length === 0) return [...edges];
  const builder = new EdgeBuilder(edgeSideAssumptions(prepared));
  addMemberEdges(prepared, builder);
  return spliceEdges(edges, builder.list(), (e) => e.kind === 'MemberOf');
}
