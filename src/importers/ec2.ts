/**
 * `aws ec2 describe-instances`: instances that carry an instance profile, so their role's
 * credentials are on the box. The role is looked up from the scenario's roles (GAAD's
 * InstanceProfileList), because the EC2 output names only the profile.
 */
import type { Ec2InstanceSpec, Scenario } from '../model/scenario';
import { accountOfArn } from '../model/scenario';
import { readTags } from './common';
import { elements, isObject, prop, propStr, type Reporter, type Located } from './located';
import type { ScenarioFragment } from './types';

/** `us-east-1a` → `us-east-1`; Local and Wavelength Zones (`us-west-2-lax-1a`) start with the region too. */
export function regionOfAvailabilityZone(zone: string): string | undefined {
  return /^([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d+)/.exec(zone)?.[1];
}

/** Instance profile ARN → role ARN, from every role in the scenario. */
export function instanceProfileRoles(scenario: Scenario): Map<string, string> {
  const map = new Map<string, string>();
  for (const role of scenario.roles ?? []) {
    for (const profile of role.instanceProfiles ?? []) map.set(profile, role.arn);
  }
  return map;
}

/** Instances that are gone or going cannot hand out credentials any more. */
const GONE_STATES = new Set(['terminated', 'shutting-down']);

export function importEc2Instances(doc: Located, context: Scenario, reporter: Reporter): ScenarioFragment {
  const profileRoles = instanceProfileRoles(context);
  const instances: Ec2InstanceSpec[] = [];
  for (const reservation of elements(prop(doc, 'Reservations'))) {
    const ownerId = propStr(reservation, 'OwnerId');
    for (const item of elements(prop(reservation, 'Instances'))) {
      if (!isObject(item)) continue;
      const id = propStr(item, 'InstanceId');
      if (id === undefined) {
        reporter.error('ec2-instance-without-id', {}, item);
        continue;
      }
      if (GONE_STATES.has(propStr(prop(item, 'State'), 'Name') ?? '')) continue;
      const profileLoc = prop(prop(item, 'IamInstanceProfile'), 'Arn');
      const instanceProfileArn = propStr(prop(item, 'IamInstanceProfile'), 'Arn');
      // No instance profile, no credentials: nothing to draw.
      if (instanceProfileArn === undefined) continue;
      const account = accountOfArn(instanceProfileArn) ?? ownerId;
      if (account === undefined || !/^\d{12}$/.test(account)) {
        reporter.error('ec2-instance-account-unknown', { instance: id }, profileLoc);
        continue;
      }
      const zoneLoc = prop(prop(item, 'Placement'), 'AvailabilityZone');
      const zone = propStr(prop(item, 'Placement'), 'AvailabilityZone');
      const region = zone === undefined ? undefined : regionOfAvailabilityZone(zone);
      if (region === undefined) {
        reporter.error('ec2-instance-region-unknown', { instance: id }, zoneLoc ?? item);
        continue;
      }
      const spec: Ec2InstanceSpec = { id, account, region, instanceProfileArn };
      const roleArn = profileRoles.get(instanceProfileArn);
      if (roleArn !== undefined) spec.roleArn = roleArn;
      const name = readTags(prop(item, 'Tags'))?.['Name'];
      if (name !== undefined && name !== '') spec.name = name;
      instances.push(spec);
    }
  }
  if (instances.length === 0) reporter.warning('ec2-no-profiles', {});
  const missingRole = instances.filter((i) => i.roleArn === undefined).length;
  if (missingRole > 0) {
    reporter.warning('ec2-roles-unknown', { count: missingRole });
  }
  return instances.length > 0 ? { instances } : {};
}
