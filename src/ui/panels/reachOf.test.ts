import { describe, expect, it } from 'vitest';
import { analyzeScenario } from '../../engine';
import {
  ACCOUNT_A,
  aCliProfile,
  anExternalPrincipal,
  anIdentityPolicy,
  aRole,
  aScenario,
  aTrustPolicy,
  arns,
} from '../../model/builders';
import { cliProfileId } from '../../model/scenario';
import { reachOf } from './reachOf';

const VENDOR = '999988887777';
const AUDIT = arns.role(ACCOUNT_A, 'Audit');
const REPORTS = arns.role(ACCOUNT_A, 'Reports');
/** Audit trusts a vendor's account and may become Reports, which trusts it. */
const roles = [
  aRole(AUDIT, {
    trust: aTrustPolicy.forAccount(VENDOR),
    inline: { chain: anIdentityPolicy.allow('sts:AssumeRole', REPORTS) },
  }),
  aRole(REPORTS, { trust: aTrustPolicy.forRole(AUDIT) }),
];
const PROFILE = cliProfileId('deploy');

describe('reachOf', () => {
  it('lists what a profile signed from the environment would become as not decided, never as nothing', () => {
    const analysis = analyzeScenario(
      aScenario({
        roles,
        cliProfiles: [aCliProfile('deploy', { roleArn: AUDIT, credentialSource: 'Environment' })],
      }),
    );
    const reach = reachOf(analysis, PROFILE, 'from');
    expect(reach.undecided.map((e) => e.note?.code)).toEqual(['profile-signer-unknown']);
    expect(reach.items).toEqual([
      { id: AUDIT, hops: 1, status: 'undecided' },
      { id: REPORTS, hops: 2, status: 'undecided' },
    ]);
    // Seen from the role: the profile may or may not become it.
    expect(reachOf(analysis, AUDIT, 'into').items).toContainEqual({
      id: PROFILE,
      hops: 1,
      status: 'undecided',
    });
  });

  it('marks what an outside account becomes as resting on an assumption, all along the chain', () => {
    const analysis = analyzeScenario(
      aScenario({ roles, externalPrincipals: [anExternalPrincipal(VENDOR, 'Vendor')] }),
    );
    expect(reachOf(analysis, VENDOR, 'from').items).toEqual([
      { id: AUDIT, hops: 1, status: 'assumed' },
      { id: REPORTS, hops: 2, status: 'assumed' },
    ]);
    // Within the scenario, Audit becoming Reports rests on nothing.
    expect(reachOf(analysis, AUDIT, 'from').items).toEqual([{ id: REPORTS, hops: 1, status: 'decided' }]);
  });
});
