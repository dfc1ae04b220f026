import type { Edge, Node } from '@xyflow/react';
import { accountOfArn, roleNameFromArn, type Scenario } from '../../model/scenario';

export type PrincipalKind = 'role' | 'ec2';

export interface AccountNodeData extends Record<string, unknown> {
  accountId: string;
  name: string;
}

export interface PrincipalNodeData extends Record<string, unknown> {
  kind: PrincipalKind;
  label: string;
  detail: string;
}

export type FlowNode = Node<AccountNodeData, 'account'> | Node<PrincipalNodeData, 'principal'>;

const NODE_WIDTH = 220;
const NODE_HEIGHT = 64;
const GAP = 36;
const PADDING = 48;

/**
 * Projects a scenario onto React Flow nodes and edges: accounts become group nodes holding their
 * instances and roles. Pure, so it is tested without a browser.
 */
export function toFlow(scenario: Scenario): { nodes: FlowNode[]; edges: Edge[] } {
  const nodes: FlowNode[] = [];
  const edges: Edge[] = [];
  const accounts = [...scenario.accounts].sort((a, b) => a.name.localeCompare(b.name));

  accounts.forEach((account, column) => {
    const members: Node<PrincipalNodeData, 'principal'>[] = [];
    for (const instance of (scenario.instances ?? []).filter((i) => i.account === account.id)) {
      members.push(
        member(`arn:aws:ec2:${instance.region}:${instance.account}:instance/${instance.id}`, account.id, {
          kind: 'ec2',
          label: instance.id,
          detail: `EC2 instance · ${instance.region}`,
        }),
      );
    }
    for (const role of (scenario.roles ?? []).filter((r) => accountOfArn(r.arn) === account.id)) {
      members.push(
        member(role.arn, account.id, { kind: 'role', label: roleNameFromArn(role.arn), detail: 'IAM role' }),
      );
    }
    members.forEach((node, row) => {
      node.position = { x: PADDING / 2, y: PADDING + row * (NODE_HEIGHT + GAP) };
    });
    nodes.push({
      id: account.id,
      type: 'account',
      data: { accountId: account.id, name: account.name },
      position: { x: column * (NODE_WIDTH + PADDING * 3), y: 0 },
      style: {
        width: NODE_WIDTH + PADDING,
        height: PADDING * 1.5 + Math.max(members.length, 1) * (NODE_HEIGHT + GAP),
      },
    });
    nodes.push(...members);
  });

  for (const instance of scenario.instances ?? []) {
    edges.push({
      id: `InstanceProfile:${instance.id}->${instance.roleArn}`,
      source: `arn:aws:ec2:${instance.region}:${instance.account}:instance/${instance.id}`,
      target: instance.roleArn ?? '',
      label: 'InstanceProfile',
    });
  }
  return { nodes, edges };
}

function member(
  id: string,
  accountId: string,
  data: PrincipalNodeData,
): Node<PrincipalNodeData, 'principal'> {
  return {
    id,
    type: 'principal',
    parentId: accountId,
    extent: 'parent',
    data,
    position: { x: 0, y: 0 },
    style: { width: NODE_WIDTH, height: NODE_HEIGHT },
  };
}
