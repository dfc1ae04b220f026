import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  aCliProfile,
  aLambdaFunction,
  aRole,
  aScenario,
  arns,
} from '../../model/builders';
import { cliProfileId } from '../../model/scenario';
import { analyzeScenario } from '../graph/analysis/analyzeScenario';
import { undecidedHops } from './undecidedHops';

const ROLE = arns.role(ACCOUNT_A, 'Deploy');
const roles = [aRole(ROLE)];

describe('undecidedHops', () => {
  it('finds the hop of a profile signed from the environment, out of the profile and into its role', () => {
    const analysis = analyzeScenario(
      aScenario({
        roles,
        cliProfiles: [aCliProfile('ci', { roleArn: ROLE, credentialSource: 'Environment' })],
      }),
    );
    const [hop] = undecidedHops(analysis, cliProfileId('ci'));
    expect(hop?.note?.code).toBe('profile-signer-unknown');
    expect(undecidedHops(analysis, ROLE, 'into').map((e) => e.id)).toEqual([hop?.id]);
    expect(undecidedHops(analysis, ROLE)).toEqual([]);
  });

  it('leaves out a broken profile: one with no credentials at all is decided, AWS refuses it', () => {
    // https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-role.html
    const analysis = analyzeScenario(
      aScenario({ roles, cliProfiles: [aCliProfile('bare', { roleArn: ROLE })] }),
    );
    expect(analysis.edges.find((e) => e.from === cliProfileId('bare'))?.note?.code).toBe(
      'profile-no-credentials',
    );
    expect(undecidedHops(analysis, cliProfileId('bare'))).toEqual([]);
  });

  it("finds a workload's hop into a role of an account the scenario does not hold", () => {
    const elsewhere = arns.role(ACCOUNT_B, 'Elsewhere');
    const scenario = aScenario({
      roles,
      lambdaFunctions: [aLambdaFunction(`arn:aws:lambda:us-east-1:${ACCOUNT_A}:function:report`, elsewhere)],
    });
    const analysis = analyzeScenario({
      ...scenario,
      accounts: scenario.accounts.filter((a) => a.id === ACCOUNT_A),
    });
    const hops = undecidedHops(analysis, elsewhere, 'into');
    expect(hops.map((e) => e.note?.code)).toEqual(['role-not-imported']);
  });
});
