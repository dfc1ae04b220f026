/**
 * Passing a role of the caller's account to a service that then runs the caller's code as that
 * role: iam:PassRole with iam:PassedToService (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html),
 * the service's own calls, and the role's trust letting the service in. EC2 passes the role inside
 * an instance profile: the role's own, or one the caller creates for it.
 */
import type { PreparedPrincipal } from '../../analysis/prepareScenario';
import type { ContextValue } from '../../../types';
import { allSteps, callStep, type Found, type Step } from './calls';
import {
  fillCli,
  PASS_ROLE_SERVICES,
  PROBE,
  type EscalationTechnique,
  type PassRoleService,
} from './catalogue';
import type { EscalationContext } from './context';

const services = new Map(PASS_ROLE_SERVICES.map((s) => [s.technique, s]));

export function decidePassRoleTechnique(
  ctx: EscalationContext,
  caller: PreparedPrincipal,
  technique: EscalationTechnique,
): Found[] {
  const service = services.get(technique.id);
  if (!service) return [];
  const region = ctx.regionOf(caller.account);
  const found: Found[] = [];
  for (const role of ctx.rolesIn(caller.account)) {
    if (role.arn === caller.arn) continue;
    // The trust is the same for every caller, decided once: most roles do not let this service in.
    const trust = ctx.serviceHop(service.service, role);
    if (!trust?.permitted) continue;
    const steps = passSteps(ctx, caller, role, service, region);
    if (steps)
      found.push({
        to: role.arn,
        technique: technique.id,
        steps: [...steps, { action: 'sts:AssumeRole', outcome: trust }],
      });
  }
  return found;
}

function passSteps(
  ctx: EscalationContext,
  caller: PreparedPrincipal,
  role: PreparedPrincipal,
  service: PassRoleService,
  region: string,
): Step[] | undefined {
  const values = { region, account: role.account, probe: PROBE };
  const passed: Record<string, ContextValue> = { 'iam:PassedToService': service.service };
  const extra: Record<string, ContextValue> = service.roleKey ? { [service.roleKey]: role.arn } : {};
  const tries: (() => Step)[] = [];
  if (service.service === 'ec2.amazonaws.com') {
    const instances = fillCli(service.calls[0]?.resource ?? '', values);
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_associatedresourcearn
    passed['iam:AssociatedResourceArn'] = instances;
    const own = ctx.roleSpec(role.arn)?.instanceProfiles?.[0];
    const profile = own ?? `arn:aws:iam::${role.account}:instance-profile/${PROBE}`;
    extra['ec2:InstanceProfile'] = profile;
    if (!own)
      tries.push(
        () => callStep(ctx, caller, 'iam:CreateInstanceProfile', profile),
        () => callStep(ctx, caller, 'iam:AddRoleToInstanceProfile', profile),
      );
  }
  tries.push(() => callStep(ctx, caller, 'iam:PassRole', role.arn, passed));
  for (const c of service.calls)
    tries.push(() =>
      callStep(ctx, caller, c.action, fillCli(c.resource, values), {
        ...extra,
        'aws:RequestedRegion': region,
      }),
    );
  return allSteps(...tries);
}
