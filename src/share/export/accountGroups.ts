import type { GraphNode } from '../../engine';
import type { ExportInput } from './exportInput';

export interface AccountGroup {
  account: string;
  /** The account node's label ("Analytics (111122223333)"), else its id. */
  label: string;
  members: GraphNode[];
}

/**
 * The nodes by the account that holds them, for drawings that show accounts as boxes. An account's
 * own node is the box, drawn as a node as well only when an edge starts or ends at it.
 */
export function accountGroups(analysis: ExportInput['analysis']): {
  groups: AccountGroup[];
  loose: GraphNode[];
} {
  const touched = new Set(analysis.edges.flatMap((e) => [e.from, e.to]));
  const groups = new Map<string, AccountGroup>();
  const loose: GraphNode[] = [];
  const groupOf = (account: string) => {
    let group = groups.get(account);
    if (!group) {
      group = { account, label: account, members: [] };
      groups.set(account, group);
    }
    return group;
  };
  for (const node of analysis.nodes) {
    if (node.kind === 'account') groupOf(node.id).label = node.label;
    if (node.kind === 'account' && !touched.has(node.id)) continue;
    if (node.account === undefined) loose.push(node);
    else groupOf(node.account).members.push(node);
  }
  return { groups: [...groups.values()].filter((g) => g.members.length > 0), loose };
}
