/**
 * SCPs and RCPs in a plan: `aws_organizations_policy` and `aws_organizations_policy_attachment`,
 * placed in the organization `aws_organizations_organization` and `_organizational_unit` describe,
 * or in a root the attachments name. AWS keeps FullAWSAccess (and RCPFullAWSAccess) attached where
 * a plan attaches a policy of its own unless someone detaches it, which a plan cannot show, so each
 * such level keeps it, named as an assumption.
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_strategies.html
 */
import { FULL_AWS_ACCESS_SCP, RCP_FULL_AWS_ACCESS } from '../../model/builders';
import type { OrganizationSpec, OrgPolicySpec, OrgUnitSpec } from '../../model/scenario';
import { instancesOf, listAt, stringAt, type TfContext } from './context';
import { deriveAttribute, nameOf } from './derive';
import { placeholderHex } from './placeholders';
import { accountOf } from './placement';
import { policyAt } from './policies';

const KIND = { SERVICE_CONTROL_POLICY: 'scps', RESOURCE_CONTROL_POLICY: 'rcps' } as const;
type Kind = (typeof KIND)[keyof typeof KIND];
const DEFAULT: Readonly<Record<Kind, OrgPolicySpec>> = {
  scps: FULL_AWS_ACCESS_SCP,
  rcps: RCP_FULL_AWS_ACCESS,
};

function readPolicies(ctx: TfContext): OrgPolicySpec[] {
  return instancesOf(ctx, 'aws_organizations_policy').flatMap((instance) => {
    const type = stringAt(ctx, instance, ['type']) ?? 'SERVICE_CONTROL_POLICY';
    const document = policyAt(ctx, instance, ['content']);
    const id = deriveAttribute(ctx, instance, 'id');
    if (!(type in KIND) || document === undefined || id === undefined) return [];
    return [{ id, name: nameOf(ctx, instance), type: type as OrgPolicySpec['type'], document }];
  });
}

interface Attachment {
  policy: string;
  target: string;
}

function readAttachments(ctx: TfContext): Attachment[] {
  return instancesOf(ctx, 'aws_organizations_policy_attachment').flatMap((instance) => {
    const policy = stringAt(ctx, instance, ['policy_id']);
    const target = stringAt(ctx, instance, ['target_id']);
    return policy === undefined || target === undefined ? [] : [{ policy, target }];
  });
}

/** The organization resource's ids, or placeholders when the plan does not hold one. */
function skeleton(ctx: TfContext): OrganizationSpec {
  const org = instancesOf(ctx, 'aws_organizations_organization')[0];
  const management = org ? (stringAt(ctx, org, ['master_account_id']) ?? accountOf(ctx, org)) : undefined;
  const first = ctx.doc.instances[0];
  const id = (org && stringAt(ctx, org, ['id'])) ?? `o-${placeholderHex(ctx.file.name, 10)}`;
  const rootId = (org && stringAt(ctx, org, ['roots', 0, 'id'])) ?? `r-${placeholderHex(id, 4)}`;
  const accounts = org ? listAt(ctx, org, ['accounts']) : [];
  return {
    id,
    managementAccountId: management ?? (first ? accountOf(ctx, first) : '000000000000'),
    root: { id: rootId, name: 'Root', ...(accounts.length > 0 ? { accounts } : {}) },
    policies: [],
  };
}

function units(ctx: TfContext, root: OrgUnitSpec): Map<string, OrgUnitSpec> {
  const byId = new Map<string, OrgUnitSpec>([[root.id, root]]);
  const parents = instancesOf(ctx, 'aws_organizations_organizational_unit').map((instance) => {
    const id = deriveAttribute(ctx, instance, 'id') as string;
    byId.set(id, { id, name: nameOf(ctx, instance) });
    return { id, parent: stringAt(ctx, instance, ['parent_id']) ?? root.id };
  });
  for (const { id, parent } of parents) {
    const holder = byId.get(parent) ?? root;
    holder.children = [...(holder.children ?? []), byId.get(id) as OrgUnitSpec];
  }
  return byId;
}

/** The organization a plan's SCPs and RCPs sit in, or undefined when it has none. */
export function readOrganization(ctx: TfContext): OrganizationSpec | undefined {
  const policies = readPolicies(ctx);
  const attachments = readAttachments(ctx);
  if (policies.length === 0 && attachments.length === 0) return undefined;
  const org = skeleton(ctx);
  const byId = units(ctx, org.root);
  const typeOf = new Map(policies.map((p) => [p.id, KIND[p.type]]));
  for (const { policy, target } of attachments) {
    const kind = typeOf.get(policy) ?? (policy === RCP_FULL_AWS_ACCESS.id ? 'rcps' : 'scps');
    const level = /^\d{12}$/.test(target)
      ? ((org.accountPolicies ??= {})[target] ??= {})
      : (byId.get(target) ?? org.root);
    const kept = level[kind] ?? [DEFAULT[kind].id];
    level[kind] = [...new Set([...kept, policy])];
    if (kept.includes(DEFAULT[kind].id) && policy !== DEFAULT[kind].id)
      ctx.reporter.assume('tf-default-full-access', { target, policy: DEFAULT[kind].name });
  }
  // An account a policy is attached to is a member, under the root unless a unit holds it.
  const placed = new Set([...byId.values()].flatMap((u) => u.accounts ?? []));
  const loose = Object.keys(org.accountPolicies ?? {}).filter((a) => !placed.has(a));
  if (loose.length > 0) org.root.accounts = [...(org.root.accounts ?? []), ...loose];
  const used = new Set(
    Object.values(KIND).filter((k) => attachments.some((a) => (typeOf.get(a.policy) ?? 'scps') === k)),
  );
  org.policies = [...[...used].map((k) => DEFAULT[k]), ...policies];
  return org;
}
