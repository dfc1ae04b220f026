/** The AWS Organization: its root, units, SCPs and RCPs. */
import * as v from 'valibot';
import { PATTERNS } from '../validation/patterns';
import {
  accountId,
  list,
  object,
  oneOf,
  optional,
  orgPolicyIds,
  patterned,
  policyDocument,
  text,
} from './fields';

const unitFields = {
  name: text(['Name', 'The display name, e.g. "Workloads".']),
  scps: orgPolicyIds('SCPs', 'Ids of the SCPs attached here (entries of organization.policies).'),
  rcps: orgPolicyIds('RCPs', 'Ids of the RCPs attached here (entries of organization.policies).'),
  accounts: optional(
    list(accountId('Account id', 'A 12-digit AWS account id.'), [
      'Accounts',
      'Ids of the accounts directly in this unit. An account belongs to exactly one unit.',
    ]),
  ),
};

/** A root or organizational unit, with the accounts and units directly under it. */
export type OrgUnitSpec = v.InferOutput<v.StrictObjectSchema<typeof unitFields, undefined>> & {
  /** `r-…` for the root, `ou-…` for a unit. */
  id: string;
  children?: OrgUnitSpec[];
};

// Units nest, so their type is stated once above (a recursive schema cannot infer its own type).
const children = (): v.GenericSchema<OrgUnitSpec[]> =>
  list(
    v.lazy(() => OrgUnit),
    ['Child units', 'The organizational units directly under this one.'],
  );

export const OrgUnit: v.GenericSchema<OrgUnitSpec> = object(
  'an organizational unit',
  {
    id: patterned('orgChildUnitId', ['Unit id', 'ou-…-… for a unit. Ids appear in aws:PrincipalOrgPaths.']),
    ...unitFields,
    children: optional(children()),
  },
  ['Organizational unit', 'An organizational unit, with what lies directly under it.'],
);

const OrgRoot: v.GenericSchema<OrgUnitSpec> = object(
  'an organization root',
  {
    id: patterned('orgRootId', ['Root id', 'r-… for the root. Ids appear in aws:PrincipalOrgPaths.']),
    ...unitFields,
    children: optional(children()),
  },
  ['Organization root', 'The root of the organization, with the units and accounts under it.'],
);

export const OrgPolicy = object(
  'an organization policy',
  {
    id: patterned('orgPolicyId', [
      'Policy id',
      'The p-… id or the policy ARN; p-FullAWSAccess and p-RCPFullAWSAccess are the AWS defaults.',
    ]),
    name: text(['Name', 'The policy name.']),
    type: oneOf(
      ['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY'],
      [
        'Type',
        'SERVICE_CONTROL_POLICY limits principals of the accounts; RESOURCE_CONTROL_POLICY limits their resources.',
      ],
    ),
    document: policyDocument(['Document', 'The policy document.']),
  },
  ['Organization policy', 'A service control policy or resource control policy. Its document id is org#ID.'],
);

export const AccountPolicyAttachments = object(
  'the policies of an account',
  {
    scps: orgPolicyIds('SCPs', 'Ids of entries of organization.policies of type SERVICE_CONTROL_POLICY.'),
    rcps: orgPolicyIds('RCPs', 'Ids of entries of organization.policies of type RESOURCE_CONTROL_POLICY.'),
  },
  ['Account attachments', 'The SCPs and RCPs attached directly to one account.'],
);

export const Organization = object(
  'an organization',
  {
    id: patterned('organizationId', [
      'Organization id',
      'The o-… id; it is the value of aws:PrincipalOrgID.',
    ]),
    managementAccountId: accountId(
      'Management account',
      'The management account: SCPs and RCPs never apply to it.',
    ),
    root: v.pipe(
      OrgRoot,
      v.title('Root'),
      v.description('The root (r-…) with the units and accounts under it.'),
    ),
    policies: list(OrgPolicy, [
      'Policies',
      'The SCPs and RCPs of the organization. Include p-FullAWSAccess (and p-RCPFullAWSAccess) where AWS attaches them, or the levels without them allow nothing.',
    ]),
    accountPolicies: optional(
      v.pipe(
        v.record(
          v.pipe(
            v.string(),
            v.regex(
              PATTERNS.accountId,
              (issue) => `${JSON.stringify(issue.input)} is not a 12-digit account id`,
            ),
          ),
          AccountPolicyAttachments,
          'expected an object of account ids to { "scps": [...], "rcps": [...] }',
        ),
        v.title('Policies attached to accounts'),
        v.description('SCPs and RCPs attached directly to an account, by 12-digit account id.'),
      ),
    ),
  },
  ['Organization', 'An AWS Organization.'],
);
