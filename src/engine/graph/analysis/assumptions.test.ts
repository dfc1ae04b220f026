import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_A,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anIdentityPolicy,
  arns,
} from '../../../model/builders';
import { analyzeScenario } from './analyzeScenario';
import { allAssumptions, assumption, NO_ASSUMPTIONS, wordAssumption } from './assumptions';
import type { AssumptionCode } from '../types';

describe('assumptions', () => {
  it('words every code from its parameters alone', () => {
    const cases: [AssumptionCode, Record<string, string>, string][] = [
      [
        'oidc-provider-assumed',
        { account: '444455556666', issuer: 'oidc.eks.us-east-1.amazonaws.com/id/X' },
        'IAM OIDC provider oidc.eks.us-east-1.amazonaws.com/id/X is assumed to exist in account 444455556666: no provider list was imported for that account.',
      ],
      [
        'organization-unknown',
        { account: '999988887777' },
        'Account 999988887777 may be in your organization: no Organizations data was imported.',
      ],
      ['group-not-imported', { user: 'alice', group: 'G' }, 'Group G of alice'],
      ['policy-not-imported', { principal: 'App', policy: 'P' }, 'Managed policy P of App'],
      ['outside-caller-assumed', { caller: '999988887777' }, '999988887777 is outside the scenario'],
    ];
    for (const [code, params, text] of cases) {
      expect(wordAssumption(code, params)).toContain(text);
      expect(assumption(code, params)).toEqual({ code, params, text: wordAssumption(code, params) });
    }
  });

  it('merges lists without repeats, in a stable order, sharing the empty list', () => {
    const a = assumption('organization-unknown', { account: '111111111111' });
    const b = assumption('group-not-imported', { user: 'u', group: 'g' });
    expect(allAssumptions([NO_ASSUMPTIONS, NO_ASSUMPTIONS])).toBe(NO_ASSUMPTIONS);
    expect(allAssumptions([[a], [b, a]])).toEqual([b, a]);
    expect(allAssumptions([[b], [a]])).toEqual(allAssumptions([[a], [b]]));
    expect(Object.isFrozen(NO_ASSUMPTIONS)).toBe(true);
  });

  it('gives edges and findings that rest on nothing the one shared empty list', () => {
    const target = arns.role(ACCOUNT_A, 'Target');
    const analysis = analyzeScenario(
      aScenario({
        users: [
          aUser(arns.user(ACCOUNT_A, 'alice'), {
            inline: { A: anIdentityPolicy.allow('sts:AssumeRole', target) },
          }),
        ],
        roles: [aRole(target, { trust: aTrustPolicy.forAccount(ACCOUNT_A) })],
      }),
    );
    expect(analysis.edges.length).toBeGreaterThan(0);
    for (const item of [...analysis.edges, ...analysis.findings])
      expect(item.assumptions).toBe(NO_ASSUMPTIONS);
  });
});
